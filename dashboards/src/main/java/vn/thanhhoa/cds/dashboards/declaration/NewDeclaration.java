package vn.thanhhoa.cds.dashboards.declaration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One declaration as the form gives it, ready to become one line of the declaration connector's
 * JSON Lines format (the fields of {@code DeclarationMapping} in the connectors module: maXa,
 * boChiTieu, maChiTieu, nam, thang, dat, giaTri, mauSo, chiTiet, minhChung, nguoiKeKhai, thoiGian).
 *
 * @param month      yyyy-MM for an item judged per month (2026 item 30), else null
 * @param met        the yes/no answer of a yes/no item, else null
 * @param value      the number counted, else null
 * @param whole      the number divided by, where the commune declares it, else null
 * @param parts      the other declared parts of a score by measure name: Boolean for yes/no parts, Double otherwise
 * @param declaredBy the login of whoever submitted it
 * @param declaredAt when, with Vietnam's offset; to the millisecond, since the connector's
 *                   declaration id is made from it
 */
public record NewDeclaration(String commune, String set, String code, int year, String month, Boolean met, Double value, Double whole,
                             Map<String, Object> parts, List<Evidence> evidence, String declaredBy, OffsetDateTime declaredAt) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    /** One evidence document: the officer's title and the stored reference. */
    public record Evidence(String title, String reference) {
    }

    public NewDeclaration {
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(declaredBy, "declaredBy");
        Objects.requireNonNull(declaredAt, "declaredAt");
        parts = java.util.Collections.unmodifiableMap(new TreeMap<>(parts));
        evidence = List.copyOf(evidence);
    }

    /** The connector's line, without its line break. */
    public String line() {
        ObjectNode line = JSON.createObjectNode();
        line.put("maXa", commune).put("boChiTieu", set).put("maChiTieu", code).put("nam", year);
        if (month != null) {
            line.put("thang", month);
        }
        if (met != null) {
            line.put("dat", met);
        }
        if (value != null) {
            putNumber(line, "giaTri", value);
        }
        if (whole != null) {
            putNumber(line, "mauSo", whole);
        }
        if (!parts.isEmpty()) {
            ObjectNode details = line.putObject("chiTiet");
            parts.forEach((name, part) -> {
                if (part instanceof Boolean yes) {
                    details.put(name, yes);
                } else {
                    putNumber(details, name, ((Number) part).doubleValue());
                }
            });
        }
        ArrayNode documents = line.putArray("minhChung");
        evidence.forEach(item -> documents.addObject().put("ten", item.title()).put("thamChieu", item.reference()));
        line.put("nguoiKeKhai", declaredBy).put("thoiGian", MOMENT.format(declaredAt));
        return line.toString();
    }

    /** Whole numbers as whole numbers, as an officer typed them. */
    private static void putNumber(ObjectNode node, String field, double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            node.put(field, (long) number);
        } else {
            node.put(field, number);
        }
    }
}
