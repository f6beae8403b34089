package vn.thanhhoa.cds.catalog.measure;

import java.util.List;

/**
 * One condition of a derivation on a record's field: the field's value is one of {@code values}
 * (or none of them when {@code negated}). Values are written as the record spells them: enum
 * symbols ({@code ONLINE}), booleans ({@code true}), codes ({@code "1"}).
 */
public record Condition(String field, boolean negated, List<String> values) {

    public Condition {
        values = List.copyOf(values);
    }
}
