package vn.thanhhoa.cds.catalog.indicator;

import java.util.Optional;

/**
 * A unit that can own an indicator. {@code group} names a wider organisation it belongs to, so
 * that "the telecom businesses" and "VNPT Vĩnh Lộc" are not reported as two owners.
 */
public record Organisation(String id, String name, Optional<String> group) {}
