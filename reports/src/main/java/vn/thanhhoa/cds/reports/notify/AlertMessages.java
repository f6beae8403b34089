package vn.thanhhoa.cds.reports.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.reports.format.VietnameseFormat;
import vn.thanhhoa.cds.reports.monthly.ReportMonth;

/** The words of alert notifications (Vietnamese) and their JSON for webhooks. */
final class AlertMessages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AlertMessages() {
    }

    static String kindInWords(String kind) {
        return switch (kind) {
            case "BELOW" -> "Dưới chỉ tiêu";
            case "AT_RISK" -> "Có nguy cơ không đạt";
            case "STALE" -> "Nguồn dữ liệu ngừng cập nhật";
            case "RECOVERED" -> "Đã đạt trở lại";
            default -> kind;
        };
    }

    static String subject(AlertNotice alert) {
        return "[Cảnh báo CĐS] " + kindInWords(alert.kind()) + ": " + alert.communeLabel() + ", chỉ tiêu " + alert.indicatorCode();
    }

    static String text(AlertNotice alert) {
        StringBuilder text = new StringBuilder();
        text.append(kindInWords(alert.kind())).append(" — ").append(alert.communeLabel()).append(" (mã ").append(alert.communeCode()).append(")\n");
        text.append("Chỉ tiêu ").append(alert.indicatorCode()).append(alert.indicatorName().map(n -> ": " + n).orElse("")).append('\n');
        alert.value().ifPresent(v -> text.append("Giá trị: ").append(VietnameseFormat.number(v, 1)));
        alert.target().ifPresent(t -> text.append(" — chỉ tiêu giao: ").append(alert.targetOperator().orElse("")).append(' ').append(VietnameseFormat.plain(t)));
        if (alert.value().isPresent() || alert.target().isPresent()) {
            text.append('\n');
        }
        text.append(alert.message()).append('\n');
        alert.owner().ifPresent(o -> text.append("Đơn vị chủ trì: ").append(o).append('\n'));
        text.append("Thời điểm: ").append(TIME.format(LocalDateTime.ofInstant(alert.raisedAt(), ReportMonth.PROVINCE_ZONE))).append('\n');
        return text.toString();
    }

    static String json(AlertNotice alert) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", "commune-alert");
        document.put("alertId", alert.alertId());
        document.put("kind", alert.kind());
        document.put("communeCode", alert.communeCode());
        document.put("communeName", alert.communeName().orElse(null));
        document.put("indicatorSet", alert.indicatorSet());
        document.put("indicatorCode", alert.indicatorCode());
        document.put("indicatorName", alert.indicatorName().orElse(null));
        document.put("value", alert.value().orElse(null));
        document.put("targetOperator", alert.targetOperator().orElse(null));
        document.put("target", alert.target().orElse(null));
        document.put("message", alert.message());
        document.put("raisedAt", alert.raisedAt().toString());
        return write(document);
    }

    static String digestSubject(LocalDate day, int count) {
        return "[Cảnh báo CĐS] Tổng hợp ngày " + VietnameseFormat.day(day) + ": " + count + " cảnh báo";
    }

    static String digestText(LocalDate day, List<AlertNotice> alerts) {
        StringBuilder text = new StringBuilder("Các cảnh báo chỉ tiêu chuyển đổi số ngày ").append(VietnameseFormat.day(day)).append(":\n\n");
        int number = 1;
        for (AlertNotice alert : alerts) {
            text.append(number++).append(". ").append(alert.communeLabel()).append(" — chỉ tiêu ").append(alert.indicatorCode()).append(" — ")
                    .append(kindInWords(alert.kind())).append(": ").append(alert.message()).append('\n');
        }
        return text.toString();
    }

    static String digestJson(LocalDate day, List<AlertNotice> alerts) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", "commune-alert-digest");
        document.put("day", day.toString());
        document.put("alerts", alerts.stream().map(alert -> Map.of("alertId", alert.alertId(), "kind", alert.kind(),
                "communeCode", alert.communeCode(), "indicatorCode", alert.indicatorCode(), "message", alert.message())).toList());
        return write(document);
    }

    private static String write(Map<String, Object> document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
