package vn.thanhhoa.cds.dashboards.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.Row;

/**
 * The evidence behind a commune's declared indicators: for each indicator of the chosen set and
 * year, the documents of its newest declaration as the pipeline received it ({@code raw_declaration}).
 * Callers check the commune against the user's scope first.
 */
public final class EvidenceQuery {

    /** A document as the declaration names it: the officer's title and the stored reference. */
    public record Document(String title, String reference) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClickHouse clickHouse;
    private final String database;

    public EvidenceQuery(ClickHouse clickHouse, String database) {
        this.clickHouse = clickHouse;
        this.database = Sql.database(database);
    }

    /** Indicator code → the documents of its newest declaration (an empty list: declared without any). */
    public Map<String, List<Document>> latest(String commune, Selection selection) {
        // The array travels as JSON text: the embedded engine and JDBC return arrays of tuples in different shapes.
        String sql = "SELECT indicator_code, toJSONString(arrayMap(e -> [e.1, e.2], evidence)) AS evidence_json"
                + " FROM " + database + ".raw_declaration FINAL WHERE commune_code = " + Sql.code(commune)
                + " AND indicator_set = " + Sql.code(selection.set()) + " AND year = " + selection.year()
                + " ORDER BY declared_at DESC, declaration_id DESC LIMIT 1 BY indicator_code";
        Map<String, List<Document>> byIndicator = new LinkedHashMap<>();
        for (Row row : clickHouse.query(sql)) {
            byIndicator.put(row.string("indicator_code"), documents(row.string("evidence_json")));
        }
        return byIndicator;
    }

    private static List<Document> documents(String json) {
        List<Document> documents = new ArrayList<>();
        try {
            for (JsonNode pair : JSON.readTree(json == null ? "[]" : json)) {
                documents.add(new Document(pair.get(0).asText(), pair.get(1).asText()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ClickHouse returned JSON it cannot have written: " + json, e);
        }
        return List.copyOf(documents);
    }
}
