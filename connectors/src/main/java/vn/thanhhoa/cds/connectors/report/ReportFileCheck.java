package vn.thanhhoa.cds.connectors.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import vn.thanhhoa.cds.connectors.report.ReportTable.UnreadableReport;
import vn.thanhhoa.cds.schemas.raw.ReportSource;

/**
 * Whether a file can be read as a monthly report of one body, by the connector's own reader, limits
 * and layout rules: the upload page asks this before it answers, so that an officer hears at once
 * what the connector would otherwise find later and quarantine.
 */
public final class ReportFileCheck {

    private final ReportTableReader reader;
    private final Map<String, String> measuresByHeader;

    public ReportFileCheck(ReportLimits limits, Map<String, String> measuresByHeader) {
        this.reader = new ReportTableReader(limits);
        this.measuresByHeader = Map.copyOf(measuresByHeader);
    }

    /** The check for a body's shipped template. */
    public static ReportFileCheck forSource(ReportSource source, ReportLimits limits) {
        return new ReportFileCheck(limits, ReportFileSourceConfig.shippedTemplate(source));
    }

    /**
     * Reads {@code file} as the report named {@code name} and finds its layout.
     *
     * @throws UnreadableReport why it cannot be read, also when the reader fails in a way nobody
     *                          foresaw (the file is then refused, not the server broken)
     */
    public ReportLayout check(Path file, String name) throws UnreadableReport, IOException {
        try {
            return ReportLayout.of(reader.read(file, name), measuresByHeader);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
            throw new UnreadableReport("the reader failed on this file: " + failure,
                    "Không đọc được tệp này như một báo cáo tháng (" + failure.getClass().getSimpleName() + ").");
        }
    }
}
