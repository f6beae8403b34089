package vn.thanhhoa.cds.connectors.report;

/**
 * How big a monthly report may be before it is refused unread. A real report has one row per
 * commune (166 today, 547 before July 2025) and a few columns: a few hundred kilobytes at most.
 * The limits are far above that and far below what would exhaust the worker's memory, so that a
 * crafted or broken file (a workbook that inflates to gigabytes, a million rows, one enormous cell)
 * costs its own quarantine and nothing else.
 *
 * @param maxFileBytes     largest file accepted, as stored
 * @param maxExpandedBytes most bytes a workbook's parts may inflate to, all parts together
 * @param maxRows          most rows in the sheet or CSV
 */
public record ReportLimits(long maxFileBytes, long maxExpandedBytes, int maxRows) {

    public static final ReportLimits DEFAULT = new ReportLimits(16L << 20, 64L << 20, 10_000);

    public ReportLimits {
        if (maxFileBytes <= 0 || maxExpandedBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("report limits must be positive: " + maxFileBytes + ", " + maxExpandedBytes + ", " + maxRows);
        }
    }
}
