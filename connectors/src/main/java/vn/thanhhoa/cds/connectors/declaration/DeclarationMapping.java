package vn.thanhhoa.cds.connectors.declaration;

import vn.thanhhoa.cds.catalog.declaration.DeclarableIndicators;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.connectors.EventId;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.folder.JsonLineMapping;
import vn.thanhhoa.cds.schemas.raw.Declaration;
import vn.thanhhoa.cds.catalog.indicator.Window;
import vn.thanhhoa.cds.connectors.privacy.IdentifierMask;
import vn.thanhhoa.cds.schemas.raw.Evidence;

/**
 * A commune officer's declaration for an indicator the catalog says is declared (plan issued, public
 * Wi-Fi exists, officials with an official e-mail box, …) to a {@link Declaration}. Fields (Vietnamese,
 * as the declaration form writes them): {@code maXa}, {@code boChiTieu} (a set of the catalog),
 * {@code maChiTieu} (as printed: 1.1, 3.12, 25a), {@code nam}, {@code dat} (có/không) for a yes/no
 * indicator, {@code giaTri} (the number counted) and {@code mauSo} (the number divided by) where the
 * commune declares them, {@code chiTiet} {measure: value} for the other declared parts of a score
 * (2026 item 29: {@code web.dx_section}, {@code web.dx_link}), {@code minhChung} [{ten, thamChieu}],
 * {@code nguoiKeKhai} (the officer's account), {@code thoiGian}. A "yes" needs evidence, as the
 * recognition rules (seed 000) ask for documents behind every declared result.
 */
public final class DeclarationMapping extends JsonLineMapping<Declaration> {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern INDICATOR_CODE = Pattern.compile("\\d{1,2}(\\.\\d{1,2})?[a-d]?");

    private final CommuneCodes communes;
    private final DeclarableIndicators indicators;

    public DeclarationMapping(CommuneCodes communes, DeclarableIndicators indicators) {
        this.communes = communes;
        this.indicators = indicators;
    }

    @Override
    protected Parsed<Declaration> map(JsonNode node, String line, String file, long lineNumber) {
        String set = text(node, "boChiTieu");
        Optional<IndicatorSet> indicatorSet = set == null ? Optional.empty() : indicators.set(set);
        if (indicatorSet.isEmpty()) {
            return reject(file, lineNumber, "boChiTieu", "boChiTieu '" + set + "' is not an indicator set of the catalog (2023-2025 or 2026)", line);
        }
        String code = text(node, "maChiTieu");
        if (code == null || !INDICATOR_CODE.matcher(code).matches()) {
            return reject(file, lineNumber, "maChiTieu", "maChiTieu '" + code + "' is not an indicator code such as 1.1, 3.12 or 25a", line);
        }
        DeclarableIndicators.Form form;
        try {
            form = indicators.form(indicatorSet.get(), code);
        } catch (DeclarableIndicators.NotDeclarable e) {
            return reject(file, lineNumber, "maChiTieu", e.getMessage(), line);
        }
        int year = node.path("nam").asInt(-1);
        if (!indicatorSet.get().covers(year)) {
            return reject(file, lineNumber, "nam", "nam " + node.path("nam").asText("(missing)") + " is outside the years of set " + set, line);
        }
        String month = null;
        if (form.indicator().window() == Window.MONTH) {
            String written = text(node, "thang");
            java.time.YearMonth parsed = monthOf(written);
            if (parsed == null || parsed.getYear() != year) {
                return reject(file, lineNumber, "thang", "indicator " + code + " is judged per month: thang (yyyy-MM, a month of " + year
                        + ") must say which month is declared, not " + (written == null ? "nothing" : "'" + written + "'"), line);
            }
            month = parsed.toString();
        } else if (node.hasNonNull("thang")) {
            return reject(file, lineNumber, "thang", "indicator " + code + " is judged over the year: a declaration of it has no month (thang)", line);
        }
        Instant declaredAt = requiredIsoInstant(node, "thoiGian", "thoiGian");
        String commune = text(node, "maXa");
        LocalDate onDate = LocalDate.ofInstant(declaredAt, VIETNAM);
        if (commune == null || !communes.isValid(commune, onDate)) {
            return reject(file, lineNumber, "maXa", "maXa '" + commune + "' is not a commune of the province on " + onDate, line);
        }
        JsonNode met = node.get("dat");
        JsonNode value = node.get("giaTri");
        JsonNode denominator = node.get("mauSo");
        boolean hasMet = met != null && met.isBoolean();
        boolean hasValue = value != null && value.isNumber();
        boolean hasDenominator = denominator != null && denominator.isNumber();
        String what = "indicator " + code + " (" + form.indicator().computation().numerator() + ")";
        if (form.yesNo() && !hasMet) {
            return reject(file, lineNumber, "dat", what + " is declared yes or no: dat must be true or false", line);
        }
        if (!form.yesNo() && hasMet) {
            return reject(file, lineNumber, "dat", what + " is declared as a number (giaTri), not yes or no", line);
        }
        if (form.numeratorDeclared() && !form.yesNo() && !hasValue) {
            return reject(file, lineNumber, "giaTri", what + " needs giaTri, the number counted", line);
        }
        if (!form.numeratorDeclared() && value != null) {
            return reject(file, lineNumber, "giaTri", "the numerator of indicator " + code + " comes from " + form.indicator().computation().numerator()
                    + ", not from the commune: declare only mauSo", line);
        }
        if (form.denominatorDeclared() && !hasDenominator) {
            return reject(file, lineNumber, "mauSo", "indicator " + code + " needs mauSo, the number divided by (" + form.indicator().computation().denominator().orElseThrow() + ")", line);
        }
        if (!form.denominatorDeclared() && denominator != null) {
            return reject(file, lineNumber, "mauSo", "the denominator of indicator " + code + " is not declared by the commune", line);
        }
        if (hasValue && value.asDouble() < 0) {
            return reject(file, lineNumber, "giaTri", "giaTri " + value.asText() + " is negative", line);
        }
        if (hasDenominator && denominator.asDouble() <= 0) {
            return reject(file, lineNumber, "mauSo", "mauSo " + denominator.asText() + " is not a positive number", line);
        }
        if (hasValue && hasDenominator && value.asDouble() > denominator.asDouble()) {
            return reject(file, lineNumber, "giaTri", "giaTri " + value.asText() + " is larger than mauSo " + denominator.asText(), line);
        }
        Map<String, Double> parts = parts(node.get("chiTiet"), form, code);
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode item : node.path("minhChung")) {
            String title = text(item, "ten");
            String reference = text(item, "thamChieu");
            if (title == null || reference == null) {
                return reject(file, lineNumber, "minhChung", "every evidence item needs ten (title) and thamChieu (document number or file)", line);
            }
            // Evidence is free text typed by an officer: a list "kèm số CCCD" must not carry the numbers on.
            evidence.add(new Evidence(IdentifierMask.mask(title), IdentifierMask.mask(reference)));
        }
        if (hasMet && met.asBoolean() && evidence.isEmpty()) {
            return reject(file, lineNumber, "minhChung", "a 'yes' declaration needs at least one evidence document (minhChung)", line);
        }
        String officer = text(node, "nguoiKeKhai");
        if (officer == null) {
            return reject(file, lineNumber, "nguoiKeKhai", "nguoiKeKhai (the declaring officer) is missing", line);
        }
        String id = EventId.of("declaration", commune, set, code, String.valueOf(year), month == null ? "" : month, String.valueOf(declaredAt.toEpochMilli()));
        Declaration declaration = Declaration.newBuilder()
                .setDeclarationId(id)
                .setCommuneCode(commune)
                .setIndicatorSet(set)
                .setIndicatorCode(code)
                .setYear(year)
                .setMonth(month)
                .setMet(hasMet ? met.asBoolean() : null)
                .setValue(hasValue ? value.asDouble() : null)
                .setDenominatorValue(hasDenominator ? denominator.asDouble() : null)
                .setParts(parts)
                .setEvidence(evidence)
                .setDeclaredBy(IdentifierMask.mask(officer))
                .setDeclaredAt(declaredAt)
                .build();
        // A monthly item's declarations replace one another month by month, not over the year.
        return new Parsed.Accepted<>(commune + "|" + set + "|" + code + "|" + year + (month == null ? "" : "|" + month), declaration);
    }

    /** The other declared parts of a score, by measure; a {@link BadField} names what is missing or extra. */
    private static Map<String, Double> parts(JsonNode details, DeclarableIndicators.Form form, String code) {
        Map<String, Double> parts = new TreeMap<>();
        if (form.parts().isEmpty()) {
            if (details != null) {
                throw new BadField("chiTiet", "indicator " + code + " has no parts to declare in chiTiet");
            }
            return parts;
        }
        String expected = String.join(", ", form.parts().keySet());
        if (details == null || !details.isObject()) {
            throw new BadField("chiTiet", "indicator " + code + " needs chiTiet with " + expected);
        }
        details.fieldNames().forEachRemaining(name -> {
            if (!form.parts().containsKey(name)) {
                throw new BadField("chiTiet." + name, name + " is not a part of indicator " + code + " (" + expected + ")");
            }
        });
        form.parts().forEach((name, measure) -> {
            JsonNode given = details.get(name);
            String field = "chiTiet." + name;
            if (measure.isYesNo()) {
                if (given == null || !given.isBoolean()) {
                    throw new BadField(field, field + " must be true or false (" + measure.description() + ")");
                }
                parts.put(name, given.asBoolean() ? 1.0 : 0.0);
            } else {
                if (given == null || !given.isNumber() || given.asDouble() < 0) {
                    throw new BadField(field, field + " must be a number of 0 or more (" + measure.description() + ")");
                }
                parts.put(name, given.asDouble());
            }
        });
        return parts;
    }

    private static java.time.YearMonth monthOf(String written) {
        if (written == null || !written.strip().matches("\\d{4}-\\d{2}")) {
            return null;
        }
        try {
            return java.time.YearMonth.parse(written.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
