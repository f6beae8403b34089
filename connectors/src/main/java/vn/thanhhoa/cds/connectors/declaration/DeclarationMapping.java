package vn.thanhhoa.cds.connectors.declaration;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.thanhhoa.cds.connectors.EventId;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.folder.JsonLineMapping;
import vn.thanhhoa.cds.schemas.raw.Declaration;
import vn.thanhhoa.cds.schemas.raw.Evidence;

/**
 * A commune officer's declaration for a yes/no or qualitative indicator (plan issued, public Wi-Fi
 * exists, …) to a {@link Declaration}. Fields (Vietnamese, as the declaration form writes them):
 * {@code maXa}, {@code boChiTieu} (2023-2025 or 2026), {@code maChiTieu} (as printed: 1.1, 3.12, 25a),
 * {@code nam}, {@code dat} (có/không) or {@code giaTri} (a number), {@code minhChung} [{ten, thamChieu}],
 * {@code nguoiKeKhai} (the officer's account), {@code thoiGian}. A "yes" needs evidence, as the
 * recognition rules (seed 000) ask for documents behind every declared result.
 */
public final class DeclarationMapping extends JsonLineMapping<Declaration> {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern INDICATOR_CODE = Pattern.compile("\\d{1,2}(\\.\\d{1,2})?[a-d]?");
    private static final Map<String, int[]> SET_YEARS = Map.of("2023-2025", new int[] {2023, 2025}, "2026", new int[] {2026, 2026});

    private final CommuneCodes communes;

    public DeclarationMapping(CommuneCodes communes) {
        this.communes = communes;
    }

    @Override
    protected Parsed<Declaration> map(JsonNode node, String line, String file, long lineNumber) {
        String set = text(node, "boChiTieu");
        int[] years = set == null ? null : SET_YEARS.get(set);
        if (years == null) {
            return reject(file, lineNumber, "boChiTieu", "boChiTieu '" + set + "' is neither 2023-2025 nor 2026", line);
        }
        String code = text(node, "maChiTieu");
        if (code == null || !INDICATOR_CODE.matcher(code).matches()) {
            return reject(file, lineNumber, "maChiTieu", "maChiTieu '" + code + "' is not an indicator code such as 1.1, 3.12 or 25a", line);
        }
        int year = node.path("nam").asInt(-1);
        if (year < years[0] || year > years[1]) {
            return reject(file, lineNumber, "nam", "nam " + node.path("nam").asText("(missing)") + " is outside the years of set " + set, line);
        }
        Instant declaredAt;
        try {
            String time = text(node, "thoiGian");
            if (time == null) {
                return reject(file, lineNumber, "thoiGian", "thoiGian is missing", line);
            }
            declaredAt = OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            return reject(file, lineNumber, "thoiGian", "thoiGian '" + text(node, "thoiGian") + "' is not an ISO date-time with offset", line);
        }
        String commune = text(node, "maXa");
        LocalDate onDate = LocalDate.ofInstant(declaredAt, VIETNAM);
        if (commune == null || !communes.isValid(commune, onDate)) {
            return reject(file, lineNumber, "maXa", "maXa '" + commune + "' is not a commune of the province on " + onDate, line);
        }
        JsonNode met = node.get("dat");
        JsonNode value = node.get("giaTri");
        boolean hasMet = met != null && met.isBoolean();
        boolean hasValue = value != null && value.isNumber();
        if (!hasMet && !hasValue) {
            return reject(file, lineNumber, "dat", "the declaration has neither dat (true/false) nor giaTri (a number)", line);
        }
        if (hasValue && value.asDouble() < 0) {
            return reject(file, lineNumber, "giaTri", "giaTri " + value.asText() + " is negative", line);
        }
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode item : node.path("minhChung")) {
            String title = text(item, "ten");
            String reference = text(item, "thamChieu");
            if (title == null || reference == null) {
                return reject(file, lineNumber, "minhChung", "every evidence item needs ten (title) and thamChieu (document number or file)", line);
            }
            evidence.add(new Evidence(title, reference));
        }
        if (hasMet && met.asBoolean() && evidence.isEmpty()) {
            return reject(file, lineNumber, "minhChung", "a 'yes' declaration needs at least one evidence document (minhChung)", line);
        }
        String officer = text(node, "nguoiKeKhai");
        if (officer == null) {
            return reject(file, lineNumber, "nguoiKeKhai", "nguoiKeKhai (the declaring officer) is missing", line);
        }
        String id = EventId.of("declaration", commune, set, code, String.valueOf(year), String.valueOf(declaredAt.toEpochMilli()));
        Declaration declaration = Declaration.newBuilder()
                .setDeclarationId(id)
                .setCommuneCode(commune)
                .setIndicatorSet(set)
                .setIndicatorCode(code)
                .setYear(year)
                .setMet(hasMet ? met.asBoolean() : null)
                .setValue(hasValue ? value.asDouble() : null)
                .setEvidence(evidence)
                .setDeclaredBy(officer)
                .setDeclaredAt(declaredAt)
                .build();
        return new Parsed.Accepted<>(commune + "|" + set + "|" + code + "|" + year, declaration);
    }


}
