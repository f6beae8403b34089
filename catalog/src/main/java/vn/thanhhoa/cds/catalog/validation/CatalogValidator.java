package vn.thanhhoa.cds.catalog.validation;

import java.util.ArrayList;
import java.util.List;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * Runs every rule over a loaded catalog. Errors make the catalog unusable; warnings point at what
 * the source documents really print and the catalog keeps on purpose.
 */
public final class CatalogValidator {

    private final List<CatalogCheck> checks = List.of(
            new DuplicateCodeCheck(),
            new MeasureReferenceCheck(),
            new MeasureProducerCheck(),
            new DerivationCheck(),
            new WithinCheck(),
            new CombineCheck(),
            new WindowCheck(),
            new BoundCheck(),
            new MethodDeviationCheck(),
            new RatioDenominatorCheck(),
            new TargetRangeCheck(),
            new KindTargetCheck(),
            new FallingTargetCheck(),
            new PrintedMethodCheck(),
            new CountedUnitCheck(),
            new NameUnitCheck(),
            new OwnerCheck(),
            new ScoringCheck(),
            new AssignmentCheck());

    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        checks.forEach(check -> findings.addAll(check.check(catalog)));
        return findings;
    }
}
