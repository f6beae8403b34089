package vn.thanhhoa.cds.catalog.measure;

import java.util.Optional;
import vn.thanhhoa.cds.catalog.Origin;

/**
 * A named number that indicators are computed from, such as {@code tthc.dossier.received.online}.
 *
 * @param unit       what one count of it is (people, dossiers, accounts, yes-no…)
 * @param source     id of the {@link Source} that produces it
 * @param within     the measure this one is a part of (its entries are among that measure's), so that a
 *                   ratio of the two cannot pass 100 % by construction
 * @param combine    for a reported measure: how several reporters' values for one commune and month add up
 * @param derivation how the source's records give it; required for the systems' measures
 * @param interim    for a measure the commune declares only because no feed produces it yet: which
 *                   feed would, so the declaration can be retired when it exists
 */
public record Measure(String name, String unit, MeasureType type, String source, String description,
                      Optional<String> within, Optional<Combine> combine, Optional<Derivation> derivation,
                      Optional<String> interim, Origin origin) {

    public boolean isYesNo() {
        return "yes-no".equals(unit);
    }
}
