package vn.thanhhoa.cds.connectors.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import vn.thanhhoa.cds.connectors.report.ReportTable.UnreadableReport;
import vn.thanhhoa.cds.connectors.report.VietnameseNumber.Convention;
import vn.thanhhoa.cds.schemas.raw.ReportSource;

/**
 * Whether a file can be read as a monthly report of one body, by the connector's own reader, limits
 * and layout rules: the connector reads every report through it, and the upload page asks it before
 * it answers, so that an officer hears at once what the connector would otherwise find later and
 * quarantine (another encoding, misaligned columns, mixed number conventions, a missing column…).
 */
public final class ReportFileCheck {

    /** A report whose layout was found and whose columns can be read without guessing. */
    public record ReadReport(ReportTable table, ReportLayout layout, Map<Integer, Convention> conventions) {
    }

    private final ReportTableReader reader;
    private final Map<String, String> measuresByHeader;
    private final ReportMeasures measures;

    public ReportFileCheck(ReportLimits limits, Map<String, String> measuresByHeader, ReportMeasures measures) {
        this.reader = new ReportTableReader(limits);
        this.measuresByHeader = Map.copyOf(measuresByHeader);
        this.measures = measures;
    }

    /** The check for a body's shipped template and the built-in catalog's units. */
    public static ReportFileCheck forSource(ReportSource source, ReportLimits limits) {
        return new ReportFileCheck(limits, ReportFileSourceConfig.shippedTemplate(source), ReportMeasures.builtIn());
    }

    /**
     * Reads {@code file} as the report named {@code name}, finds its layout and its columns' number conventions.
     *
     * @throws UnreadableReport why it cannot be read, also when the reader fails in a way nobody
     *                          foresaw (the file is then refused, not the server broken)
     */
    public ReadReport check(Path file, String name) throws UnreadableReport, IOException {
        try {
            ReportTable table = reader.read(file, name);
            ReportLayout layout = ReportLayout.of(table, measuresByHeader);
            return new ReadReport(table, layout, NumberConventions.of(table, layout, measures));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
            throw new UnreadableReport("the reader failed on this file: " + failure,
                    "Không đọc được tệp này như một báo cáo tháng (" + failure.getClass().getSimpleName() + ").");
        }
    }
}
