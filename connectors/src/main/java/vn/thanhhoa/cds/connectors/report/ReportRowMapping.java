package vn.thanhhoa.cds.connectors.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.deadletter.Rejection;
import vn.thanhhoa.cds.connectors.report.VietnameseNumber.Convention;
import vn.thanhhoa.cds.schemas.raw.ReportSource;
import vn.thanhhoa.cds.schemas.raw.ReportedMeasure;

/**
 * The data rows of a report to reported measures: one record per commune and measure column. A row
 * that cannot be trusted at all (a code of no commune) is one rejection; otherwise one bad cell
 * costs one value: it is dead-lettered alone with its row, column and reason, and the row's other
 * values are read. An empty cell, "-", "x" or "không có" is a missing value, recorded as such (a
 * null value), never 0. A totals row ("Tổng cộng") and blank rows are skipped.
 */
public final class ReportRowMapping {

    /** What one spreadsheet row gave, in column order: the order (and offsets) they are handed to Kafka in. */
    public record RowResult(int row, List<Output> outputs) {

        public RowResult {
            outputs = List.copyOf(outputs);
        }

        /** The row's rejection when the whole row was refused, else null. */
        public Rejection rowRejection() {
            return outputs.size() == 1 && outputs.getFirst() instanceof RowRejected(Rejection rejection) ? rejection : null;
        }

        public List<Measured> measures() {
            return outputs.stream().filter(Measured.class::isInstance).map(Measured.class::cast).toList();
        }
    }

    /** One thing a row gives, at a position within the row (the measure's column; 0 for the whole row). */
    public sealed interface Output {
        int cell();
    }

    /** One record (a number or a missing value) and the measure column it came from. */
    public record Measured(int cell, ReportedMeasure value) implements Output {
    }

    /** A measure cell that could not be read; the row's other cells are read. */
    public record CellRejected(int cell, Rejection rejection) implements Output {
    }

    /** A plausibility finding on the row ({@link ReportPlausibility}); the row's values still flow. */
    public record Found(int cell, vn.thanhhoa.cds.schemas.quality.DataQualityFinding finding) implements Output {
    }

    /** A row that cannot be trusted at all (no commune): its only output, at position 0. */
    public record RowRejected(Rejection rejection) implements Output {
        @Override
        public int cell() {
            return 0;
        }
    }

    private final CommuneCodes communes;
    private final ReportSource source;
    private final ReportMeasures measures;
    private final Clock clock;

    public ReportRowMapping(CommuneCodes communes, ReportSource source, ReportMeasures measures, Clock clock) {
        this.communes = communes;
        this.source = source;
        this.measures = measures;
        this.clock = clock;
    }

    /**
     * @param conventions how each measure column writes its numbers ({@link NumberConventions})
     * @param replaces    the file of the same reporter and month this one corrects, or null
     */
    public List<RowResult> map(ReportTable table, ReportLayout layout, Map<Integer, Convention> conventions, String replaces) {
        List<RowResult> results = new ArrayList<>();
        for (int r = layout.firstDataRow(); r < table.rows().size(); r++) {
            int row = r + 1;
            String code = table.cell(r, layout.communeColumn());
            String rowText = String.join(" ", table.rows().get(r)).strip();
            if (rowText.isEmpty() || isTotals(rowText) || code.matches("\\(\\d+\\)")) {
                continue;
            }
            Optional<BigDecimal> numericCode = VietnameseNumber.parse(code);
            String commune = numericCode.map(value -> value.stripTrailingZeros().toPlainString()).orElse(code);
            if (!commune.matches("\\d{5}")) {
                results.add(rejected(table, row, "Mã xã", "'" + code + "' is not a 5-digit commune code", rowText));
                continue;
            }
            if (!communes.isValid(commune, layout.period().atEndOfMonth())) {
                results.add(rejected(table, row, "Mã xã", communes.whyNotValid(commune, layout.period().atEndOfMonth()) + " (report month " + layout.period() + ")", rowText));
                continue;
            }
            List<Output> outputs = new ArrayList<>();
            for (Map.Entry<Integer, String> column : layout.measureColumns().entrySet()) {
                int c = column.getKey();
                String measure = column.getValue();
                String header = layout.columnLabels().get(c);
                ReportCell cell = ReportCell.read(table.typedNumber(r, c), table.cell(r, c), header, measures.whole(measure), measures.unit(measure),
                        conventions.getOrDefault(c, Convention.VIETNAMESE));
                ReportedMeasure.Builder record = ReportedMeasure.newBuilder()
                        .setCommuneCode(commune)
                        .setMeasure(measure)
                        .setPeriod(layout.period().toString())
                        .setSource(source)
                        .setReporter(layout.reporter())
                        .setFile(table.file())
                        .setRow(row)
                        .setReportedAt(clock.instant())
                        .setReplaces(replaces);
                switch (cell) {
                    case ReportCell.Number(BigDecimal value) -> outputs.add(new Measured(c, record.setValue(value.doubleValue()).build()));
                    case ReportCell.Missing(String text) -> outputs.add(new Measured(c, record.setValue(null).setMissing(text).build()));
                    case ReportCell.Unreadable(String reason) -> outputs.add(new CellRejected(c, Rejection.ofLine(table.file(), row, header, reason, rowText)));
                }
            }
            results.add(new RowResult(row, outputs));
        }
        return results;
    }

    static boolean isTotals(String rowText) {
        String text = ReportLayout.normalise(rowText);
        return text.contains("tổng cộng") || text.startsWith("tổng ") || text.contains("toàn tỉnh");
    }

    private static RowResult rejected(ReportTable table, int row, String field, String reason, String rowText) {
        return new RowResult(row, List.of(new RowRejected(Rejection.ofLine(table.file(), row, field, reason, rowText))));
    }
}
