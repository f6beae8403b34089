package vn.thanhhoa.cds.reports.notify;

/** Whose alerts a subscriber may receive (DESIGN 1.1): the province sees every commune, a reviewer their unit's, an officer only their commune's. */
public enum Role {
    /** Chuyên viên cấp tỉnh: every commune of the province. */
    PROVINCE_ANALYST,
    /** A district (until 30 June 2025) or reviewing department: the communes whose parent is the subscription's unit. */
    UNIT_REVIEWER,
    /** A commune leader or the officer who owns an indicator: their commune only. */
    COMMUNE_OFFICER
}
