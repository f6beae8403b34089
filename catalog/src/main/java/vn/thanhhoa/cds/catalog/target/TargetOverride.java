package vn.thanhhoa.cds.catalog.target;

import java.util.Optional;
import vn.thanhhoa.cds.catalog.Origin;

/**
 * A commune's own target for one indicator and year, replacing the province default.
 *
 * @param printedIn          where in the source document it is printed, when it matters
 * @param conflictingPrinted another figure the same document prints for it, kept so the conflict stays visible
 */
public record TargetOverride(String code, int year, Target target, Optional<String> printedIn,
                             Optional<String> conflictingPrinted, Origin origin) {}
