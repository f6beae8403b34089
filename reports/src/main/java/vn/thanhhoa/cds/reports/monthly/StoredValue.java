package vn.thanhhoa.cds.reports.monthly;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One judged indicator value of one commune as ClickHouse held it at a report's cut-off: the newest
 * computation of the latest day of the month that has one.
 *
 * @param asOf the day the value is as of (the month's last day, or an earlier day of a month still running)
 */
public record StoredValue(String unitCode, String indicatorCode, Optional<Double> value, Optional<Double> numerator,
                          Optional<Double> denominator, Optional<String> targetOperator, Optional<Double> targetValue,
                          Optional<Double> targetUpper, ReportStatus status, Optional<Double> points, LocalDate asOf,
                          Instant computedAt) {

    /** Key of a commune's indicator in the maps the report is assembled from. */
    public static String key(String unitCode, String indicatorCode) {
        return unitCode + "|" + indicatorCode;
    }

    public String key() {
        return key(unitCode, indicatorCode);
    }
}
