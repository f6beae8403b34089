package vn.thanhhoa.cds.connectors.folder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
        try {
            return map(node, line, file, lineNumber);
        } catch (BadField e) {
            return reject(file, lineNumber, e.field, e.getMessage(), line);
        }
    }

    /**
     * Thrown by a mapping (or the field readers below) when a field is unusable; the line is then
     * dead-lettered naming the field, so that mappings read top to bottom like the format they read.
     */
    protected static final class BadField extends RuntimeException {
        private final String field;

        public BadField(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }

    /** The field as stripped text, or a {@link BadField} naming it when it is missing. */
    protected static String required(JsonNode node, String field, String path) {
        String value = text(node, field);
        if (value == null) {
            throw new BadField(path, path + " is missing");
        }
        return value;
    }

    /** An ISO date-time with offset ({@code 2026-03-03T08:00:00+07:00}); null when absent. */
    protected static Instant isoInstant(JsonNode node, String field, String path) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadField(path, path + " '" + value + "' is not an ISO date-time with offset");
        }
    }

    /** An ISO date-time with offset that must be there. */
    protected static Instant requiredIsoInstant(JsonNode node, String field, String path) {
        Instant value = isoInstant(node, field, path);
        if (value == null) {
            throw new BadField(path, path + " is missing");
        }
        return value;
    }

    /** An ISO date ({@code 2026-04-30}); null when absent. */
    protected static LocalDate isoDate(JsonNode node, String field, String path) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadField(path, path + " '" + value + "' is not a date yyyy-MM-dd");
        }
    }

    /** An ISO date that must be there. */
    protected static LocalDate requiredIsoDate(JsonNode node, String field, String path) {
        LocalDate value = isoDate(node, field, path);
        if (value == null) {
            throw new BadField(path, path + " is missing");
        }
        return value;
    }

    /** A JSON true/false; {@code absent} when the field is missing, a {@link BadField} when it is anything else. */
    protected static boolean bool(JsonNode node, String field, String path, Boolean absent) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (absent == null) {
                throw new BadField(path, path + " is missing (true or false)");
            }
            return absent;
        }
        if (!value.isBoolean()) {
            throw new BadField(path, path + " '" + value.asText() + "' is not true or false");
        }
        return value.asBoolean();
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
