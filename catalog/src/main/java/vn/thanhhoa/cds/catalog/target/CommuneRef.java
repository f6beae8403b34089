package vn.thanhhoa.cds.catalog.target;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A commune as an assignment names it. New units reuse old units' codes (15889 was Hoằng Kim
 * until 30 June 2025 and is Hoằng Phú after), so a code is only meaningful with the dates of the
 * unit it denotes.
 *
 * @param namePrinted the name as the source document spells it, when it differs
 */
public record CommuneRef(String code, String name, Optional<String> namePrinted, Optional<LocalDate> validFrom,
                         Optional<LocalDate> validTo) {

    public boolean denotes(String code, LocalDate on) {
        return this.code.equals(code)
                && validFrom.map(from -> !on.isBefore(from)).orElse(true)
                && validTo.map(to -> !on.isAfter(to)).orElse(true);
    }

    public String validity() {
        return validFrom.map(LocalDate::toString).orElse("…") + " – " + validTo.map(LocalDate::toString).orElse("…");
    }
}
