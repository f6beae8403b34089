package vn.thanhhoa.cds.dashboards.query;

import java.time.LocalDate;

/** One day of an indicator's history for a commune: the value as last computed for that day. */
public record TrendPoint(String indicator, LocalDate day, Double value, String status) {}
