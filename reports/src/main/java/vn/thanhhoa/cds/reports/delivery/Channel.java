package vn.thanhhoa.cds.reports.delivery;

/** How something reaches a person or a system. */
public enum Channel {
    EMAIL,
    WEBHOOK
}
