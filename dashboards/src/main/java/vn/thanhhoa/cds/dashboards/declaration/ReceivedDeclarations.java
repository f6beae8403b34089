package vn.thanhhoa.cds.dashboards.declaration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.Row;

/**
 * The declarations the pipeline has taken for a commune ({@code raw_declaration}, written by the
 * sink from {@code raw.declaration}): the newest per set, indicator, year and month, newest first,
 * so an officer sees what was received and what counts.
 */
public final class ReceivedDeclarations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COMMUNE = Pattern.compile("\\d{5}");
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int LIMIT = 1000;

    /** One declaration as received; the evidence as the connector passed it on (title and stored reference). */
    public record Received(String set, String code, int year, String month, Boolean met, Double value, Double whole, Map<String, Double> parts,
                           List<NewDeclaration.Evidence> evidence, String declaredBy, Instant declaredAt) {
    }

    private final ClickHouse clickHouse;
    private final String database;

    public ReceivedDeclarations(ClickHouse clickHouse, String database) {
        if (!DATABASE.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: '" + database + "'");
        }
        this.clickHouse = clickHouse;
        this.database = database;
    }

    public List<Received> ofCommune(String commune) {
        if (!COMMUNE.matcher(commune).matches()) {
            throw new IllegalArgumentException("not a commune code: '" + commune + "'");
        }
        // Arrays and maps travel as JSON text: the embedded engine and JDBC return them in different shapes.
        String sql = "SELECT indicator_set, indicator_code, year, month, met, value, denominator_value,"
                + " toJSONString(parts) AS parts_json, toJSONString(arrayMap(e -> [e.1, e.2], evidence)) AS evidence_json,"
                + " declared_by, toUnixTimestamp64Milli(declared_at) AS declared_ms"
                + " FROM " + database + ".raw_declaration FINAL WHERE commune_code = '" + commune + "'"
                + " ORDER BY declared_at DESC, declaration_id LIMIT 1 BY indicator_set, indicator_code, year, month LIMIT " + LIMIT;
        return clickHouse.query(sql).stream().map(ReceivedDeclarations::received).toList();
    }

    private static Received received(Row row) {
        Map<String, Double> parts = new LinkedHashMap<>();
        json(row.string("parts_json")).fields().forEachRemaining(e -> parts.put(e.getKey(), e.getValue().asDouble()));
        List<NewDeclaration.Evidence> evidence = new ArrayList<>();
        json(row.string("evidence_json")).forEach(pair -> evidence.add(new NewDeclaration.Evidence(pair.get(0).asText(), pair.get(1).asText())));
        return new Received(row.string("indicator_set"), row.string("indicator_code"), (int) row.longValue("year"), row.string("month"),
                bool(row.get("met")), number(row.get("value")), number(row.get("denominator_value")), parts, evidence,
                row.string("declared_by"), Instant.ofEpochMilli(row.longValue("declared_ms")));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text == null ? "[]" : text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ClickHouse returned JSON it cannot have written: " + text, e);
        }
    }

    private static Boolean bool(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.intValue() != 0;
        }
        return Boolean.parseBoolean(value.toString());
    }

    private static Double number(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Number n ? n.doubleValue() : Double.valueOf(value.toString());
    }
}
