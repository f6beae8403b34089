package vn.thanhhoa.cds.dashboards.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.dashboards.IndicatorRows;
import vn.thanhhoa.cds.dashboards.TestDashboards;
import vn.thanhhoa.cds.dashboards.access.Scope;

/**
 * The indicator trend's mean and met count per day take each commune's newest computation of the
 * day only, leave out a commune whose newest value is missing (NO_DATA) from the mean but not from
 * the count, and give no mean for a day without any value.
 */
class IndicatorTrendMeanTest {

    private static final Selection SELECTION = new Selection("2026", 2026, ValueWindow.YEAR_TO_DATE);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate EMPTY_DAY = LocalDate.of(2026, 11, 21);

    @Test
    void meanOfNewestValuesWithoutMissingOnes(@TempDir Path directory) {
        try (TestDashboards dashboards = new TestDashboards(directory)) {
            dashboards.clickHouse().insert("cds.indicator_value_daily", List.of(
                    IndicatorRows.value("14758", "2026", "3", 2026, "YEAR_TO_DATE", DAY, 40.0, "BELOW", 70.0, Instant.parse("2026-11-20T01:00:00Z")),
                    IndicatorRows.value("14758", "2026", "3", 2026, "YEAR_TO_DATE", DAY, 80.0, "MET", 70.0, Instant.parse("2026-11-20T04:00:00Z")),
                    IndicatorRows.value("14797", "2026", "3", 2026, "YEAR_TO_DATE", DAY, 60.0, "BELOW", 70.0, Instant.parse("2026-11-20T02:00:00Z")),
                    // Had a value earlier in the day, then none: its newest computation is NO_DATA.
                    IndicatorRows.value("14812", "2026", "3", 2026, "YEAR_TO_DATE", DAY, 99.0, "MET", 70.0, Instant.parse("2026-11-20T01:00:00Z")),
                    IndicatorRows.value("14812", "2026", "3", 2026, "YEAR_TO_DATE", DAY, null, "NO_DATA", 70.0, Instant.parse("2026-11-20T03:00:00Z")),
                    IndicatorRows.value("14758", "2026", "3", 2026, "YEAR_TO_DATE", EMPTY_DAY, null, "NO_DATA", 70.0, Instant.parse("2026-11-21T01:00:00Z"))),
                    null);

            List<IndicatorQuery.Day> days = new IndicatorQuery(dashboards.clickHouse(), "cds").trend("3", SELECTION, Scope.everything());

            assertThat(days).containsExactly(new IndicatorQuery.Day(DAY, 3, 1, (80.0 + 60.0) / 2), new IndicatorQuery.Day(EMPTY_DAY, 1, 0, null));
        }
    }
}
