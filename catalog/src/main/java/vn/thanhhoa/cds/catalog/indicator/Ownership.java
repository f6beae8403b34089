package vn.thanhhoa.cds.catalog.indicator;

import java.util.List;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.Origin;

/**
 * Who answers for an indicator.
 *
 * @param owner        organisation id of the owner (chủ trì) as assigned
 * @param ownerPrinted the owner cell as printed
 * @param cooperating  co-operating units (phối hợp) as printed
 * @param otherNamed   owners that another part of the same document names (2026 Section V), when recorded
 */
public record Ownership(String owner, String ownerPrinted, List<String> cooperating,
                        Optional<List<String>> otherNamed, Origin origin) {

    public Ownership {
        cooperating = List.copyOf(cooperating);
        otherNamed = otherNamed.map(List::copyOf);
    }
}
