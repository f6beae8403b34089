package vn.thanhhoa.cds.connectors.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.deadletter.Rejection;
import vn.thanhhoa.cds.schemas.raw.ReportSource;
import vn.thanhhoa.cds.schemas.raw.ReportedMeasure;

/**
 * The data rows of a report to reported measures: one record per commune and measure column, or
 * one rejection for a row that cannot be trusted (unknown commune, a value that is not a number).
 * A totals row ("Tổng cộng") and blank rows are skipped; an empty cell is a missing value, not 0.
 */
public final class ReportRowMapping {

    /** What one spreadsheet row gave. */
    public record RowResult(int row, List<Measured> measures, Rejection rejection) {
    }

    /** One record and the measure column it came from (part of the offset). */
    public record Measured(int cell, ReportedMeasure value) {
    }

    private final CommuneCodes communes;
    private final ReportSource source;
    private final Clock clock;

    public ReportRowMapping(CommuneCodes communes, ReportSource source, Clock clock) {
        this.communes = communes;
        this.source = source;
        this.clock = clock;
    }

    public List<RowResult> map(ReportTable table, ReportLayout layout) {
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
            List<Measured> measures = new ArrayList<>();
            Rejection problem = null;
            for (Map.Entry<Integer, String> column : layout.measureColumns().entrySet()) {
                String text = table.cell(r, column.getKey());
                if (text.isEmpty()) {
                    continue;
                }
                Optional<BigDecimal> value = VietnameseNumber.parse(text);
                String header = layout.columnLabels().get(column.getKey());
                if (value.isEmpty() || value.get().signum() < 0) {
                    problem = Rejection.ofLine(table.file(), row, header, "'" + text + "' in column '" + header + "' is not a number of 0 or more", rowText);
                    break;
                }
                measures.add(new Measured(column.getKey(), ReportedMeasure.newBuilder()
                        .setCommuneCode(commune)
                        .setMeasure(column.getValue())
                        .setPeriod(layout.period().toString())
                        .setValue(value.get().doubleValue())
                        .setSource(source)
                        .setReporter(layout.reporter())
                        .setFile(table.file())
                        .setRow(row)
                        .setReportedAt(clock.instant())
                        .build()));
            }
            results.add(problem == null ? new RowResult(row, measures, null) : new RowResult(row, List.of(), problem));
        }
        return results;
    }

    private static boolean isTotals(String rowText) {
        String text = ReportLayout.normalise(rowText);
        return text.contains("tổng cộng") || text.startsWith("tổng ") || text.contains("toàn tỉnh");
    }

    private static RowResult rejected(ReportTable table, int row, String field, String reason, String rowText) {
        return new RowResult(row, List.of(), Rejection.ofLine(table.file(), row, field, reason, rowText));
    }
}
