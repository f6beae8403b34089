package vn.thanhhoa.cds.adminunits.unit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a unit (or a code attached to it) is in force, both ends inclusive; an empty end is
 * open. Open starts are the rule for pre-reform units: the source lists them as of 4 January 2025
 * and does not date their creation.
 */
public record Validity(Optional<LocalDate> from, Optional<LocalDate> to) {

    public static final Validity ALWAYS = new Validity(Optional.empty(), Optional.empty());

    public Validity {
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("validity ends (" + to.get() + ") before it starts (" + from.get() + ")");
        }
    }

    public static Validity until(LocalDate lastDay) {
        return new Validity(Optional.empty(), Optional.of(lastDay));
    }

    public static Validity since(LocalDate firstDay) {
        return new Validity(Optional.of(firstDay), Optional.empty());
    }

    public boolean contains(LocalDate day) {
        return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
    }

    public boolean overlaps(Validity other) {
        boolean startsBeforeOtherEnds = from.isEmpty() || other.to.isEmpty() || !from.get().isAfter(other.to.get());
        boolean otherStartsBeforeThisEnds = other.from.isEmpty() || to.isEmpty() || !other.from.get().isAfter(to.get());
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    @Override
    public String toString() {
        return "[" + from.map(LocalDate::toString).orElse("…") + " – " + to.map(LocalDate::toString).orElse("…") + "]";
    }
}
