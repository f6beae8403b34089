package vn.thanhhoa.cds.cli.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.connectors.report.ReportFileCheck;
import vn.thanhhoa.cds.connectors.report.ReportLimits;
import vn.thanhhoa.cds.connectors.report.ReportTable.UnreadableReport;
import vn.thanhhoa.cds.dashboards.upload.ReportContentCheck;
import vn.thanhhoa.cds.schemas.raw.ReportSource;

/** The upload page's check, done by the report connector's own reader with its default limits and each body's shipped template. */
public final class ConnectorReportCheck implements ReportContentCheck {

    private final Map<ReportSource, ReportFileCheck> checks = new EnumMap<>(ReportSource.class);

    public ConnectorReportCheck(ReportLimits limits) {
        for (ReportSource source : ReportSource.values()) {
            checks.put(source, ReportFileCheck.forSource(source, limits));
        }
    }

    @Override
    public Optional<String> refusal(String body, Path file, String name) throws IOException {
        ReportFileCheck check;
        try {
            check = checks.get(ReportSource.valueOf(body));
        } catch (IllegalArgumentException notASource) {
            return Optional.empty(); // a body the connectors do not know has no template to read against
        }
        try {
            check.check(file, name);
            return Optional.empty();
        } catch (UnreadableReport unreadable) {
            return Optional.of(unreadable.vietnamese() != null ? unreadable.vietnamese()
                    : "hệ thống không đọc được tệp như một báo cáo tháng (" + unreadable.getMessage() + ").");
        }
    }
}
