package vn.thanhhoa.cds.reports.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.reports.archive.GeneratedReport;
import vn.thanhhoa.cds.reports.format.VietnameseFormat;

/**
 * Sends a unit's monthly report to its recipient list: one e-mail per address with every file
 * attached, and one JSON document per webhook with a link to each archived file. Each recipient is
 * tried on its own (one refusing does not stop the others), with retries and every attempt recorded.
 */
public final class ReportDelivery {

    public static final String SUBJECT_KIND = "report";

    private final EmailSender email;
    private final WebhookSender webhook;
    private final RetryingDelivery delivery;
    private final String linkBase;
    private final ObjectMapper json = JsonMapper.builder().build();

    /**
     * @param linkBase where archived reports are served; a file's link is {@code linkBase/reportId}
     */
    public ReportDelivery(EmailSender email, WebhookSender webhook, RetryingDelivery delivery, String linkBase) {
        this.email = email;
        this.webhook = webhook;
        this.delivery = delivery;
        this.linkBase = linkBase.endsWith("/") ? linkBase.substring(0, linkBase.length() - 1) : linkBase;
    }

    /** @return the recipients it could not deliver to */
    public List<Recipient> deliver(List<GeneratedReport> files, RecipientList recipients) {
        if (files.isEmpty()) {
            return List.of();
        }
        GeneratedReport first = files.getFirst();
        String subjectId = first.unitCode() + "-" + first.month() + "-" + first.generatedAt().toEpochMilli();
        return recipients.recipients().stream().filter(recipient -> !delivery.deliver(SUBJECT_KIND, subjectId, recipient,
                () -> send(files, recipient))).toList();
    }

    private void send(List<GeneratedReport> files, Recipient recipient) throws DeliveryFailure {
        GeneratedReport first = files.getFirst();
        switch (recipient.channel()) {
            case EMAIL -> email.send(recipient.address(), subject(first), text(files),
                    files.stream().map(f -> new Attachment(f.fileName(), f.format().mediaType(), f.content())).toList());
            case WEBHOOK -> webhook.post(recipient.address(), document(files));
        }
    }

    private static String subject(GeneratedReport report) {
        return (report.provisional() ? "[Tạm tính] " : "") + "Báo cáo chỉ tiêu chuyển đổi số " + VietnameseFormat.monthInWords(report.month())
                + " — " + report.unitName();
    }

    private String text(List<GeneratedReport> files) {
        GeneratedReport first = files.getFirst();
        StringBuilder text = new StringBuilder("Kính gửi Quý cơ quan,\n\nHệ thống theo dõi chỉ tiêu chuyển đổi số cấp xã gửi báo cáo kết quả thực hiện ")
                .append(VietnameseFormat.monthInWords(first.month())).append(" của ").append(first.unitName()).append(".\n\n");
        for (GeneratedReport file : files) {
            text.append("- ").append(file.fileName()).append(" (").append(VietnameseFormat.number(file.content().length / 1024.0, 1))
                    .append(" KB, SHA-256 ").append(file.sha256()).append("): ").append(link(file)).append('\n');
        }
        return text.append("\nThư này được gửi tự động; vui lòng không trả lời.\n").toString();
    }

    private String document(List<GeneratedReport> files) throws DeliveryFailure {
        GeneratedReport first = files.getFirst();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", "monthly-report");
        document.put("unit", first.unitCode());
        document.put("unitName", first.unitName());
        document.put("month", first.month().toString());
        document.put("provisional", first.provisional());
        document.put("generatedAt", first.generatedAt().toString());
        document.put("files", files.stream().map(file -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("reportId", file.reportId());
            entry.put("format", file.format().extension());
            entry.put("fileName", file.fileName());
            entry.put("sizeBytes", file.content().length);
            entry.put("sha256", file.sha256());
            entry.put("link", link(file));
            return entry;
        }).toList());
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new DeliveryFailure("the webhook document could not be written: " + e.getOriginalMessage(), e);
        }
    }

    private String link(GeneratedReport file) {
        return linkBase + "/" + file.reportId();
    }
}
