package vn.thanhhoa.cds.connectors.report;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.schemas.quality.DataQualityFinding;
import vn.thanhhoa.cds.schemas.quality.DataQualityKind;
import vn.thanhhoa.cds.schemas.raw.ReportedMeasure;

/**
 * Values that are read but look wrong, flagged for a person and never refused (the value still
 * flows): more than ten times, or less than a tenth of, the same reporter's value for the commune the
 * month before; a part larger than its whole in the same row (smartphones with a security app above
 * smartphones, by the catalog's {@code within}); a commune on two rows of one file. Remembers the
 * values of the files read before, in reading order, for the month-to-month comparison.
 */
final class ReportPlausibility {

    /** Findings come after the row's values in its offsets: positions beyond any column. */
    static final int FINDING_CELL_BASE = 1000;

    private record Seen(double value, String file, int row) {
    }

    private final ReportMeasures measures;
    private final String source;
    private final String connector;
    private final Clock clock;
    /** reporter|commune|measure|yyyy-MM → the latest value read. */
    private final Map<String, Seen> seen = new HashMap<>();

    ReportPlausibility(ReportMeasures measures, String source, String connector, Clock clock) {
        this.measures = measures;
        this.source = source;
        this.connector = connector;
        this.clock = clock;
    }

    /** The rows with their findings appended; remembers the file's values for the files after it. */
    List<ReportRowMapping.RowResult> check(String file, YearMonth period, String reporterKey, List<ReportRowMapping.RowResult> rows) {
        String before = period.minusMonths(1).toString();
        Map<String, Integer> firstRowOfCommune = new HashMap<>();
        List<ReportRowMapping.RowResult> checked = new ArrayList<>();
        for (ReportRowMapping.RowResult row : rows) {
            List<ReportRowMapping.Measured> measured = row.measures();
            if (measured.isEmpty()) {
                checked.add(row);
                continue;
            }
            ReportedMeasure any = measured.getFirst().value();
            List<DataQualityFinding> findings = new ArrayList<>();
            Integer first = firstRowOfCommune.putIfAbsent(any.getCommuneCode(), row.row());
            if (first != null) {
                findings.add(finding(any, DataQualityKind.COMMUNE_TWICE, null, null, null, null, file, first, any.getPeriod(),
                        "commune " + any.getCommuneCode() + " is on rows " + first + " and " + row.row() + " of " + file + "; the values of row " + row.row() + " are the latest",
                        "Xã " + any.getCommuneCode() + " có ở cả dòng " + first + " và dòng " + row.row() + " của tệp " + file + "; số liệu dòng " + row.row() + " được dùng"));
            }
            Map<String, Double> inRow = new LinkedHashMap<>();
            measured.forEach(m -> {
                if (m.value().getValue() != null) {
                    inRow.put(m.value().getMeasure(), m.value().getValue());
                }
            });
            for (Map.Entry<String, Double> value : inRow.entrySet()) {
                String measure = value.getKey();
                double v = value.getValue();
                Seen previous = seen.get(reporterKey + "|" + any.getCommuneCode() + "|" + measure + "|" + before);
                if (previous != null && previous.value() > 0 && (v > 10 * previous.value() || v < previous.value() / 10)) {
                    boolean up = v > previous.value();
                    findings.add(finding(any, DataQualityKind.TEN_FOLD_CHANGE, measure, v, measure, previous.value(), previous.file(), previous.row(), before,
                            measure + " of commune " + any.getCommuneCode() + " is " + number(v) + " in " + period + ", " + (up ? "more than ten times" : "less than a tenth of")
                                    + " the " + number(previous.value()) + " of " + before + " (" + previous.file() + ", row " + previous.row() + ")",
                            "Số liệu “" + measure + "” của xã " + any.getCommuneCode() + " tháng " + period + " là " + number(v) + ", " + (up ? "gấp hơn mười lần" : "chưa bằng một phần mười")
                                    + " số " + number(previous.value()) + " của tháng " + before + " (tệp " + previous.file() + ", dòng " + previous.row() + ")"));
                }
                measures.partOf(measure).filter(inRow::containsKey).ifPresent(whole -> {
                    double w = inRow.get(whole);
                    if (v > w) {
                        findings.add(finding(any, DataQualityKind.PART_OVER_WHOLE, measure, v, whole, w, file, row.row(), any.getPeriod(),
                                measure + " (" + number(v) + ") is larger than " + whole + " (" + number(w) + ") it is part of, on row " + row.row(),
                                "Số liệu “" + measure + "” (" + number(v) + ") lớn hơn “" + whole + "” (" + number(w) + ") mà nó là một phần, ở dòng " + row.row()));
                    }
                });
            }
            if (findings.isEmpty()) {
                checked.add(row);
                continue;
            }
            List<ReportRowMapping.Output> outputs = new ArrayList<>(row.outputs());
            for (int i = 0; i < findings.size(); i++) {
                outputs.add(new ReportRowMapping.Found(FINDING_CELL_BASE + i, findings.get(i)));
            }
            checked.add(new ReportRowMapping.RowResult(row.row(), outputs));
        }
        for (ReportRowMapping.RowResult row : rows) {
            for (ReportRowMapping.Measured m : row.measures()) {
                ReportedMeasure value = m.value();
                if (value.getValue() != null) {
                    seen.put(reporterKey + "|" + value.getCommuneCode() + "|" + value.getMeasure() + "|" + value.getPeriod(), new Seen(value.getValue(), file, row.row()));
                }
            }
        }
        return checked;
    }

    private DataQualityFinding finding(ReportedMeasure row, DataQualityKind kind, String measure, Double value, String otherMeasure, Double otherValue,
                                       String otherFile, Integer otherRow, String otherPeriod, String reason, String reasonVi) {
        return DataQualityFinding.newBuilder()
                .setSource(source)
                .setConnector(connector)
                .setKind(kind)
                .setFile(row.getFile())
                .setRow(row.getRow())
                .setCommuneCode(row.getCommuneCode())
                .setPeriod(row.getPeriod())
                .setReporter(row.getReporter())
                .setMeasure(measure)
                .setValue(value)
                .setOtherMeasure(otherMeasure)
                .setOtherValue(otherValue)
                .setOtherFile(otherFile)
                .setOtherRow(otherRow)
                .setOtherPeriod(otherPeriod)
                .setReason(reason)
                .setReasonVi(reasonVi)
                .setFoundAt(clock.instant())
                .build();
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
