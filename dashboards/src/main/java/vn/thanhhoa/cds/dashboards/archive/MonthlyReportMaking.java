package vn.thanhhoa.cds.dashboards.archive;

import java.time.YearMonth;
import java.util.List;

/**
 * Makes a unit's monthly report for a month and stores it in the archive, without sending it. The
 * reports module does the work; whoever wires the dashboard ({@code cli}) gives its run, so that the
 * dashboards module does not depend on the reports module.
 */
@FunctionalInterface
public interface MonthlyReportMaking {

    /**
     * @param unit a parent unit's code (a district until 30 June 2025) or the province's
     * @return the ids of the archived files
     * @throws IllegalArgumentException with one sentence when the unit cannot carry a report for that month
     */
    List<String> make(String unit, YearMonth month);
}
