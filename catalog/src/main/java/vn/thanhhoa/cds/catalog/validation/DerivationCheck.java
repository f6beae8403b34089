package vn.thanhhoa.cds.catalog.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.measure.Condition;
import vn.thanhhoa.cds.catalog.measure.Derivation;
import vn.thanhhoa.cds.catalog.measure.Measure;
import vn.thanhhoa.cds.catalog.measure.MeasureType;
import vn.thanhhoa.cds.catalog.measure.Source;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * A derivation must name a record its source's connector writes and fields that record has, with
 * enum values it can take: the engine follows it literally. Fields a connector must still add are
 * listed as {@code pending} and reported as warnings until the record carries them.
 */
final class DerivationCheck implements CatalogCheck {

    @Override
    public List<DataFinding> check(Catalog catalog) {
        List<DataFinding> findings = new ArrayList<>();
        for (Measure measure : catalog.measures().byName().values()) {
            String field = "measure " + measure.name() + " derivation";
            if (measure.derivation().isEmpty()) {
                if (measure.type() == MeasureType.DISTINCT && !measure.source().equals(Source.DECLARATION)) {
                    findings.add(Findings.error(measure.origin(), field,
                            "a distinct count needs a derivation naming the pseudonym it counts once (per)"));
                }
                continue;
            }
            Derivation derivation = measure.derivation().get();
            Optional<Source> source = Optional.ofNullable(catalog.measures().sources().get(measure.source()));
            if (source.isPresent() && !source.get().records().contains(derivation.record())) {
                findings.add(Findings.error(derivation.origin(), field, "source " + measure.source() + " writes "
                        + (source.get().records().isEmpty() ? "no record" : source.get().records()) + ", not " + derivation.record()));
                continue;
            }
            Optional<Schema> record = RawRecords.record(derivation.record());
            if (record.isEmpty()) {
                findings.add(Findings.error(derivation.origin(), field, "no connector writes a record '" + derivation.record()
                        + "' (records: " + RawRecords.names() + ")"));
                continue;
            }
            fields(measure, derivation, record.get(), field, findings);
            shape(measure, derivation, field, findings);
        }
        return findings;
    }

    private void fields(Measure measure, Derivation derivation, Schema record, String field, List<DataFinding> findings) {
        for (String name : derivation.fields()) {
            if (record.getField(name) == null && !derivation.pending().containsKey(name)) {
                findings.add(Findings.error(derivation.origin(), field, derivation.record() + " has no field '" + name
                        + "' (list it under pending with what the connector must carry, if it is to come)"));
            }
        }
        for (Condition condition : derivation.where()) {
            Schema.Field f = record.getField(condition.field());
            List<String> symbols = f == null ? List.of() : RawRecords.symbols(f);
            condition.values().stream().filter(v -> !symbols.isEmpty() && !symbols.contains(v)).forEach(v ->
                    findings.add(Findings.error(derivation.origin(), field, derivation.record() + "." + condition.field()
                            + " is never '" + v + "' (it is one of " + symbols + ")")));
        }
        List<String> awaited = derivation.pending().keySet().stream().filter(name -> record.getField(name) == null).toList();
        if (!awaited.isEmpty()) {
            findings.add(Findings.warning(derivation.origin(), field, "awaits the connector: " + derivation.record()
                    + " does not carry " + awaited.stream().map(name -> name + " (" + derivation.pending().get(name) + ")")
                    .collect(Collectors.joining("; ")) + "; until then " + measure.name() + " cannot be computed exactly"));
        }
    }

    /** What the engine needs to place and count entries. */
    private void shape(Measure measure, Derivation derivation, String field, List<DataFinding> findings) {
        if (measure.type() == MeasureType.DISTINCT && derivation.per().isEmpty()) {
            findings.add(Findings.error(derivation.origin(), field, "a distinct count needs `per`: the pseudonym it counts once"));
        }
        if (measure.type() != MeasureType.STOCK && derivation.at().isEmpty()) {
            findings.add(Findings.error(derivation.origin(), field,
                    "a " + measure.type().spelling() + " needs `at`: the timestamp that places an entry in a window"));
        }
        if (derivation.span().isPresent() && measure.type() != MeasureType.DISTINCT) {
            findings.add(Findings.error(derivation.origin(), field, "only a distinct count looks back over a span"));
        }
    }
}
