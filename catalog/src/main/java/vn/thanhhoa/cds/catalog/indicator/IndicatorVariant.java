package vn.thanhhoa.cds.catalog.indicator;

import java.util.Optional;
import vn.thanhhoa.cds.catalog.Origin;

/**
 * A commune's own definition of a set's indicator, replacing the province default's kind and
 * measures for the assignment's years. 2023–2025 item 3.3 is a yes/no item in the province default
 * (seed 000) but the share of smartphone subscribers with a security app in Hoằng Kim's and Yên
 * Hùng's assignments (seeds 001, 002): both are evaluated, each where it is assigned.
 *
 * @param reason why the assignment reads the item this way, from the documents
 */
public record IndicatorVariant(String code, IndicatorKind kind, String unit, Direction direction,
                               Computation computation, Window window, Bound bound, Optional<String> boundReason,
                               String reason, Origin origin) {}
