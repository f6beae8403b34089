package vn.thanhhoa.cds.connectors.folder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.deadletter.Rejection;

/**
 * A line mapping for JSON Lines exports: parses the line and rejects what is not one JSON object,
 * so that each source's mapping only says what its fields mean.
 */
public abstract class JsonLineMapping<T> implements LineMapping<T> {

    private final ObjectMapper json = new ObjectMapper();

    /** Maps one parsed line; {@code line} is the raw text, for rejection excerpts. */
    protected abstract Parsed<T> map(JsonNode node, String line, String file, long lineNumber);

    @Override
    public final Parsed<T> map(String line, String file, long lineNumber) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            return reject(file, lineNumber, null, "not valid JSON: " + e.getOriginalMessage(), line);
        }
        if (node == null || !node.isObject()) {
            return reject(file, lineNumber, null, "expected one JSON object per line", line);
        }
        return map(node, line, file, lineNumber);
    }

    /** The field as stripped text; null when absent, null, empty or not a plain value. */
    protected static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    protected static <T> Parsed<T> reject(String file, long line, String field, String reason, String excerpt) {
        return new Parsed.Rejected<>(Rejection.ofLine(file, line, field, reason, excerpt));
    }
}
