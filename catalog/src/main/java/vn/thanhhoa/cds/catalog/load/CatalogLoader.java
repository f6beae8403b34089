package vn.thanhhoa.cds.catalog.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.measure.Measure;
import vn.thanhhoa.cds.catalog.measure.Measures;
import vn.thanhhoa.cds.catalog.measure.Source;
import vn.thanhhoa.cds.catalog.target.Assignment;
import vn.thanhhoa.cds.catalog.validation.CatalogValidator;
import vn.thanhhoa.cds.catalog.yaml.YamlTreeReader;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * Loads and validates catalog files. Each file says what it is ({@code document: measures},
 * {@code indicator-set}, {@code assignment}); files are read by kind, so cross-file references
 * resolve whatever the order of files.
 */
public final class CatalogLoader {

    private CatalogLoader() {}

    /** The catalog shipped on the classpath; throws {@link vn.thanhhoa.cds.schemas.data.DataFileException} on errors. */
    public static Catalog builtIn() {
        return load(new ClasspathCatalogFiles()).orThrow();
    }

    public static LoadResult load(CatalogFiles source) {
        List<DataFinding> findings = new ArrayList<>();
        YamlTreeReader yaml = new YamlTreeReader();
        Map<String, List<Fields>> byKind = new LinkedHashMap<>();
        for (CatalogFile file : source.read(findings::add)) {
            yaml.read(file.name(), file.text(), findings::add)
                    .flatMap(node -> Fields.of(file.name(), node, "", findings::add))
                    .ifPresent(fields -> kind(fields).ifPresent(kind ->
                            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(fields)));
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, Measure> measures = new LinkedHashMap<>();
        MeasuresReader measuresReader = new MeasuresReader(findings::add);
        byKind.getOrDefault("measures", List.of()).forEach(f -> measuresReader.read(f, sources, measures));

        Map<String, IndicatorSet> sets = new LinkedHashMap<>();
        SetReader setReader = new SetReader(findings::add);
        for (Fields file : byKind.getOrDefault("indicator-set", List.of())) {
            setReader.read(file).ifPresent(set -> {
                IndicatorSet previous = sets.putIfAbsent(set.id(), set);
                if (previous != null) {
                    file.error("set", "set '" + set.id() + "' is also defined in " + previous.origin().file());
                }
            });
        }
        List<Assignment> assignments = new ArrayList<>();
        AssignmentReader assignmentReader = new AssignmentReader(findings::add);
        byKind.getOrDefault("assignment", List.of()).forEach(f -> assignmentReader.read(f).ifPresent(assignments::add));

        Catalog catalog = new Catalog(new Measures(sources, measures), sets, assignments);
        findings.addAll(new CatalogValidator().check(catalog));
        findings.sort(Comparator.comparing(DataFinding::file).thenComparingInt(DataFinding::line));
        return new LoadResult(catalog, findings);
    }

    private static Optional<String> kind(Fields file) {
        Optional<String> kind = file.requiredText("document");
        return kind.flatMap(k -> switch (k) {
            case "measures", "indicator-set", "assignment" -> Optional.of(k);
            case "index" -> Optional.<String>empty();
            default -> {
                file.error("document", "unknown document type '" + k + "' (expected measures, indicator-set or assignment)");
                yield Optional.empty();
            }
        });
    }
}
