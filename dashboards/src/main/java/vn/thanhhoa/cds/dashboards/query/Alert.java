package vn.thanhhoa.cds.dashboards.query;

import java.time.Instant;

/** One alert of {@code alert_commune}. */
public record Alert(String alertId, Instant raisedAt, String kind, String commune, String set, String indicator, String indicatorName,
                   Double value, Double target, String owner, String message) {}
