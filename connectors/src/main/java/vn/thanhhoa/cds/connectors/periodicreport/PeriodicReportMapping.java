package vn.thanhhoa.cds.connectors.periodicreport;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import vn.thanhhoa.cds.connectors.EventId;
import vn.thanhhoa.cds.connectors.agency.AgencyCommuneMapping;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.folder.JsonLineMapping;
import vn.thanhhoa.cds.schemas.raw.FilingChannel;
import vn.thanhhoa.cds.schemas.raw.PeriodicReportFiled;

/**
 * One line of the province reporting system's export to a {@link PeriodicReportFiled}: a report an
 * office owes under a reporting regime for a period, and how it was filed. Fields: {@code maBaoCao},
 * {@code donViBaoCao} (agency code, mapped to its commune on the due date), {@code cheDoBaoCao}
 * {ma, ten}, {@code kyBaoCao} (2026-09, 2026-Q3, 2026-H1, 2026), {@code hanNop}, {@code mat} (secret
 * content; absent means not secret), {@code hinhThucNop} (HE_THONG, GIAY, THU_DIEN_TU; absent = not
 * filed yet), {@code ngayNop} and {@code capNhatLuc}. An assumed contract, as for tasks.
 */
public final class PeriodicReportMapping extends JsonLineMapping<PeriodicReportFiled> {

    private static final Pattern PERIOD = Pattern.compile("(20\\d\\d)(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?");
    private static final Map<String, FilingChannel> CHANNELS = Map.of(
            "HE_THONG", FilingChannel.PROVINCIAL_SYSTEM, "GIAY", FilingChannel.PAPER, "THU_DIEN_TU", FilingChannel.EMAIL);

    private final AgencyCommuneMapping agencies;

    public PeriodicReportMapping(AgencyCommuneMapping agencies) {
        this.agencies = agencies;
    }

    @Override
    protected Parsed<PeriodicReportFiled> map(JsonNode node, String line, String file, long lineNumber) {
        String reportId = required(node, "maBaoCao", "maBaoCao");
        String office = required(node, "donViBaoCao", "donViBaoCao");
        String regime = required(node.path("cheDoBaoCao"), "ma", "cheDoBaoCao.ma");
        String period = required(node, "kyBaoCao", "kyBaoCao");
        if (!PERIOD.matcher(period).matches()) {
            throw new BadField("kyBaoCao", "kyBaoCao '" + period + "' is not a period such as 2026-09, 2026-Q3, 2026-H1 or 2026");
        }
        LocalDate due = requiredIsoDate(node, "hanNop", "hanNop");
        String commune = agencies.communeOf(office, due)
                .orElseThrow(() -> new BadField("donViBaoCao", "office '" + office + "' is not mapped to any commune on " + due));
        boolean secret = bool(node, "mat", "mat", false);
        String channelText = text(node, "hinhThucNop");
        FilingChannel channel = channelText == null ? FilingChannel.NOT_FILED : CHANNELS.get(channelText);
        if (channel == null) {
            throw new BadField("hinhThucNop", "hinhThucNop '" + channelText + "' is not HE_THONG, GIAY or THU_DIEN_TU");
        }
        Instant filedAt = isoInstant(node, "ngayNop", "ngayNop");
        if (channel != FilingChannel.NOT_FILED && filedAt == null) {
            throw new BadField("ngayNop", "a filed report (hinhThucNop " + channelText + ") needs ngayNop");
        }
        if (channel == FilingChannel.NOT_FILED && filedAt != null) {
            throw new BadField("hinhThucNop", "ngayNop is set but hinhThucNop is missing");
        }
        Instant updatedAt = requiredIsoInstant(node, "capNhatLuc", "capNhatLuc");
        PeriodicReportFiled report = PeriodicReportFiled.newBuilder()
                .setEventId(EventId.of("periodic-report", reportId, channel.name(), String.valueOf(updatedAt.toEpochMilli())))
                .setReportId(reportId)
                .setCommuneCode(commune)
                .setAgencyCode(office)
                .setRegimeCode(regime)
                .setRegimeName(text(node.path("cheDoBaoCao"), "ten"))
                .setPeriod(period)
                .setDueDate(due)
                .setSecret(secret)
                .setChannel(channel)
                .setFiledAt(filedAt)
                .setUpdatedAt(updatedAt)
                .setSourceLocation(file + ":" + lineNumber)
                .build();
        return new Parsed.Accepted<>(reportId, report);
    }
}
