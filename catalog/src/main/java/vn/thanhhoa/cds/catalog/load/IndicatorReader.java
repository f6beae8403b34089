package vn.thanhhoa.cds.catalog.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.thanhhoa.cds.catalog.Origin;
import vn.thanhhoa.cds.catalog.indicator.Bound;
import vn.thanhhoa.cds.catalog.indicator.Computation;
import vn.thanhhoa.cds.catalog.indicator.Direction;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorKind;
import vn.thanhhoa.cds.catalog.indicator.IndicatorVariant;
import vn.thanhhoa.cds.catalog.indicator.Ownership;
import vn.thanhhoa.cds.catalog.indicator.Pillar;
import vn.thanhhoa.cds.catalog.indicator.Window;
import vn.thanhhoa.cds.catalog.scoring.Scoring;
import vn.thanhhoa.cds.catalog.scoring.ScoringPart;
import vn.thanhhoa.cds.catalog.scoring.Tier;
import vn.thanhhoa.cds.catalog.target.Target;
import vn.thanhhoa.cds.catalog.yaml.Node;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Reads one indicator entry, used for the sets and for a commune's own indicators. */
final class IndicatorReader {

    private static final Set<String> KEYS = Set.of("code", "pillar", "name", "nameInOtherSeeds", "unit", "kind",
            "direction", "counts", "numerator", "denominator", "denominatorConstant", "measure", "method",
            "dataSource", "targets", "condition", "owner", "ownerPrinted", "cooperating", "sectionV", "guidance",
            "evidence", "legalBasis", "scoring", "notes", "window", "bound", "boundReason", "deviation");
    private static final Set<String> VARIANT_KEYS = Set.of("code", "kind", "unit", "direction", "numerator",
            "denominator", "denominatorConstant", "measure", "method", "window", "bound", "boundReason", "deviation",
            "reason");
    private static final Set<String> TARGET_KEYS = Set.of("target", "printed");
    private static final Set<String> TIER_KEYS = Set.of("measure", "when", "from", "below", "fraction", "printed");

    private final Consumer<DataFinding> findings;

    IndicatorReader(Consumer<DataFinding> findings) {
        this.findings = findings;
    }

    Optional<Indicator> read(String file, Node node, String path) {
        Optional<Fields> maybe = Fields.of(file, node, path, findings);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        f.rejectUnknown(KEYS);
        Optional<String> code = f.requiredText("code");
        Optional<String> name = f.requiredText("name");
        String unit = f.requiredText("unit").orElse("");
        Optional<Pillar> pillar = f.requiredText("pillar").flatMap(text -> {
            Optional<Pillar> parsed = Pillar.parse(text);
            if (parsed.isEmpty()) {
                f.error("pillar", "unknown pillar '" + text + "' (expected CQS, KTS, XHS or HTS)");
            }
            return parsed;
        });
        Optional<IndicatorKind> kind = kind(f);
        Direction direction = direction(f, kind);
        Optional<Computation> computation = kind.flatMap(k -> computation(f, k));
        Map<Integer, Target> targets = targets(f, unit);
        Optional<Ownership> ownership = ownership(f);
        Optional<Scoring> scoring = f.list("scoring").map(list -> scoring(f, list));
        Optional<Window> window = window(f);
        Bound bound = kind.map(k -> bound(f, k)).orElse(Bound.NONE);
        if (kind.isPresent() && kind.get() == IndicatorKind.SCORE && scoring.isEmpty()) {
            f.error("scoring", "a score indicator needs its scoring tiers");
        }
        if (code.isEmpty() || name.isEmpty() || pillar.isEmpty() || kind.isEmpty() || computation.isEmpty()
                || ownership.isEmpty() || window.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(code.get(), pillar.get(), name.get(), unit, kind.get(), direction,
                f.text("counts"), computation.get(), targets, ownership.get(), f.text("guidance"),
                f.texts("evidence"), f.texts("legalBasis"), f.text("condition"), scoring, window.get(), bound,
                f.text("boundReason"), f.origin()));
    }

    /** A commune's own definition of a set's indicator (assignment {@code variants}). */
    Optional<IndicatorVariant> variant(String file, Node node, String path) {
        Optional<Fields> maybe = Fields.of(file, node, path, findings);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        f.rejectUnknown(VARIANT_KEYS);
        Optional<String> code = f.requiredText("code");
        String unit = f.requiredText("unit").orElse("");
        Optional<IndicatorKind> kind = kind(f);
        Direction direction = direction(f, kind);
        Optional<Computation> computation = kind.flatMap(k -> computation(f, k));
        Optional<Window> window = window(f);
        Bound bound = kind.map(k -> bound(f, k)).orElse(Bound.NONE);
        Optional<String> reason = f.requiredText("reason");
        if (code.isEmpty() || kind.isEmpty() || computation.isEmpty() || window.isEmpty() || reason.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IndicatorVariant(code.get(), kind.get(), unit, direction, computation.get(), window.get(),
                bound, f.text("boundReason"), reason.get(), f.origin()));
    }

    private Optional<IndicatorKind> kind(Fields f) {
        return f.requiredText("kind").flatMap(text -> {
            Optional<IndicatorKind> parsed = IndicatorKind.parse(text);
            if (parsed.isEmpty()) {
                f.error("kind", "unknown kind '" + text + "' (expected ratio, count, declaration or score)");
            }
            return parsed;
        });
    }

    private Direction direction(Fields f, Optional<IndicatorKind> kind) {
        return f.text("direction").map(text -> Direction.parse(text).orElseGet(() -> {
            f.error("direction", "unknown direction '" + text + "' (expected at-least, at-most or none)");
            return Direction.NONE;
        })).orElse(kind.map(k -> k == IndicatorKind.DECLARATION ? Direction.NONE : Direction.AT_LEAST)
                .orElse(Direction.NONE));
    }

    private Optional<Window> window(Fields f) {
        return f.requiredText("window").flatMap(text -> {
            Optional<Window> parsed = Window.parse(text);
            if (parsed.isEmpty()) {
                f.error("window", "unknown window '" + text + "' (expected year-to-date, month or as-of)");
            }
            return parsed;
        });
    }

    /** A ratio must say whether it can pass 100 %; other kinds have no bound. */
    private Bound bound(Fields f, IndicatorKind kind) {
        if (kind != IndicatorKind.RATIO) {
            if (f.has("bound")) {
                f.error("bound", "only a ratio has a bound");
            }
            return Bound.NONE;
        }
        return f.requiredText("bound").flatMap(text -> {
            Optional<Bound> parsed = Bound.parse(text);
            if (parsed.isEmpty()) {
                f.error("bound", "unknown bound '" + text + "' (expected within-100 or may-exceed-100)");
            }
            return parsed;
        }).orElse(Bound.NONE);
    }

    private Optional<Computation> computation(Fields f, IndicatorKind kind) {
        String measureKey = f.has("numerator") ? "numerator" : "measure";
        if (kind == IndicatorKind.RATIO && f.has("measure")) {
            f.error("measure", "a ratio names its numerator and denominator, not a single measure");
            return Optional.empty();
        }
        if (kind != IndicatorKind.RATIO && (f.has("numerator") || f.has("denominator"))) {
            f.error(measureKey, "only a ratio has a numerator and denominator; name the compared measure as `measure`");
            return Optional.empty();
        }
        Optional<String> numerator = f.requiredText(measureKey);
        Optional<BigDecimal> constant = f.text("denominatorConstant").flatMap(text -> {
            try {
                return Optional.of(new BigDecimal(text.trim()));
            } catch (NumberFormatException e) {
                f.error("denominatorConstant", "'" + text + "' is not a number");
                return Optional.empty();
            }
        });
        return numerator.map(n -> new Computation(n, f.text("denominator"), constant, f.text("method"),
                f.text("dataSource"), f.text("deviation"), f.origin(measureKey)));
    }

    private Map<Integer, Target> targets(Fields f, String unit) {
        Map<Integer, Target> targets = new LinkedHashMap<>();
        Optional<Node.MapNode> byYear = f.mapping("targets");
        if (byYear.isEmpty()) {
            if (!f.has("targets")) {
                f.error("targets", "is required");
            }
            return targets;
        }
        for (Node.Entry entry : byYear.get().entries().values()) {
            String field = f.path("targets") + "." + entry.key();
            Optional<Integer> year = parseYear(f, entry, field);
            Optional<Target> target = target(f.file(), entry.value(), field, unit, new Origin(f.file(), entry.keyLine()));
            if (year.isPresent() && target.isPresent()) {
                targets.put(year.get(), target.get());
            }
        }
        return targets;
    }

    private Optional<Integer> parseYear(Fields f, Node.Entry entry, String field) {
        try {
            return Optional.of(Integer.parseInt(entry.key().trim()));
        } catch (NumberFormatException e) {
            f.errorAt(entry.keyLine(), field, "'" + entry.key() + "' is not a year");
            return Optional.empty();
        }
    }

    /** A target given as an expression, or as a map with the expression and the printed text. */
    Optional<Target> target(String file, Node node, String field, String unit, Origin origin) {
        Optional<String> expression;
        Optional<String> printed = Optional.empty();
        if (node instanceof Node.ScalarNode scalar) {
            expression = Optional.ofNullable(scalar.text());
        } else {
            Optional<Fields> maybe = Fields.of(file, node, field, findings);
            if (maybe.isEmpty()) {
                return Optional.empty();
            }
            Fields t = maybe.get();
            t.rejectUnknown(TARGET_KEYS);
            expression = t.requiredText("target");
            printed = t.text("printed");
        }
        if (expression.isEmpty()) {
            findings.accept(DataFinding.error(file, origin.line(), field, "the target is empty"));
            return Optional.empty();
        }
        Optional<Target> target = TargetExpression.parse(expression.get(), printed, unit, origin);
        if (target.isEmpty()) {
            findings.accept(DataFinding.error(file, origin.line(), field,
                    "cannot read target '" + expression.get() + "': " + TargetExpression.syntaxHelp()));
        }
        return target;
    }

    private Optional<Ownership> ownership(Fields f) {
        Optional<String> owner = f.requiredText("owner");
        Optional<List<String>> sectionV = f.has("sectionV") ? Optional.of(f.texts("sectionV")) : Optional.empty();
        return owner.map(o -> new Ownership(o, f.text("ownerPrinted").orElse(""), f.texts("cooperating"), sectionV,
                f.origin("owner")));
    }

    private Scoring scoring(Fields f, Node.ListNode list) {
        List<ScoringPart> parts = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String partPath = f.path("scoring") + "[" + i + "]";
            Fields.of(f.file(), list.items().get(i), partPath, findings).ifPresent(p -> {
                p.rejectUnknown(Set.of("part", "tiers"));
                List<Tier> tiers = new ArrayList<>();
                p.list("tiers").ifPresent(tierList -> {
                    for (int j = 0; j < tierList.items().size(); j++) {
                        Fields.of(f.file(), tierList.items().get(j), p.path("tiers") + "[" + j + "]", findings)
                                .flatMap(this::tier).ifPresent(tiers::add);
                    }
                });
                if (tiers.isEmpty()) {
                    p.error("tiers", "a scoring part needs at least one tier");
                }
                parts.add(new ScoringPart(p.text("part").orElse(""), tiers));
            });
        }
        return new Scoring(parts);
    }

    private Optional<Tier> tier(Fields t) {
        t.rejectUnknown(TIER_KEYS);
        Optional<String> measure = t.requiredText("measure");
        Optional<BigDecimal> fraction = t.requiredText("fraction").flatMap(text -> fraction(t, text));
        boolean whenYes = t.text("when").map(w -> {
            if (!w.equals("yes")) {
                t.error("when", "only \"yes\" is understood here");
            }
            return true;
        }).orElse(false);
        Optional<BigDecimal> from = t.text("from").flatMap(text -> number(t, "from", text));
        Optional<BigDecimal> below = t.text("below").flatMap(text -> number(t, "below", text));
        if (!whenYes && from.isEmpty() && below.isEmpty()) {
            t.error("fraction", "a tier needs `when: yes`, `from` or `below`");
        }
        if (measure.isEmpty() || fraction.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Tier(measure.get(), whenYes, from, below, fraction.get(),
                t.text("printed").orElse(""), t.origin()));
    }

    private Optional<BigDecimal> fraction(Fields t, String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 1) {
                return Optional.of(new BigDecimal(parts[0].trim()));
            }
            if (parts.length == 2) {
                return Optional.of(new BigDecimal(parts[0].trim())
                        .divide(new BigDecimal(parts[1].trim()), java.math.MathContext.DECIMAL64));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        t.error("fraction", "'" + text + "' is not a fraction such as 1/2 or 0.25");
        return Optional.empty();
    }

    private Optional<BigDecimal> number(Fields t, String key, String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            t.error(key, "'" + text + "' is not a number");
            return Optional.empty();
        }
    }
}
