package vn.thanhhoa.cds.reports.notify;

/** When a subscriber hears of an alert. */
public enum Cadence {
    /** One message per alert as it arrives. */
    IMMEDIATE,
    /** One message a day grouping that day's alerts. */
    DAILY_DIGEST
}
