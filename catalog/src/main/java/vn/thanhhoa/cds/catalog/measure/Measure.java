package vn.thanhhoa.cds.catalog.measure;

import vn.thanhhoa.cds.catalog.Origin;

/**
 * A named number that indicators are computed from, such as {@code tthc.dossier.received.online}.
 *
 * @param unit       what one count of it is (people, dossiers, accounts, yes-no…)
 * @param source     id of the {@link Source} that produces it
 * @param derivation how the source's fields give it, where known; may be empty
 */
public record Measure(String name, String unit, MeasureType type, String source, String description,
                      String derivation, Origin origin) {

    public boolean isYesNo() {
        return "yes-no".equals(unit);
    }
}
