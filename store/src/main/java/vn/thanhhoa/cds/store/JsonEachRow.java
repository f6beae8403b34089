package vn.thanhhoa.cds.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.MapType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rows as ClickHouse's JSON input formats: JSONCompactEachRow (the column names once, each row an
 * array) when every row has the same columns, else JSONEachRow (one object per row); and the
 * engine's JSONEachRow output parsed. Both implementations insert this way, so that an INSERT is
 * the same SQL text on the embedded engine and on a server.
 */
public final class JsonEachRow {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:\\-]{1,200}");

    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final MapType rowType = mapper.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class);

    /**
     * An INSERT split where the rows begin: {@code head} names the table and columns, {@code
     * settings} is the SETTINGS clause, {@code format} the input format and {@code body} the rows.
     */
    public record Insert(String head, List<String> columns, String settings, String format, String body) {

        /** The complete statement, rows included, as a server takes it. */
        public String statement() {
            return head + " " + settings + " FORMAT " + format + "\n" + body;
        }
    }

    /** The complete INSERT statement, data included. */
    public String insertStatement(String table, List<? extends Map<String, ?>> rows, String deduplicationToken) {
        return insert(table, rows, deduplicationToken).statement();
    }

    /** The INSERT of {@code rows}, in parts. */
    public Insert insert(String table, List<? extends Map<String, ?>> rows, String deduplicationToken) {
        String settings = settings(table, deduplicationToken);
        StringBuilder body = new StringBuilder();
        try {
            List<String> columns = sharedColumns(rows);
            if (columns == null) {
                for (Map<String, ?> row : rows) {
                    body.append(mapper.writeValueAsString(row)).append('\n');
                }
                java.util.Set<String> named = new java.util.LinkedHashSet<>();
                rows.forEach(row -> named.addAll(row.keySet()));
                return new Insert("INSERT INTO " + table, List.copyOf(named), settings, "JSONEachRow", body.toString());
            }
            // Rows with the same columns (every batch the sink writes): the names once, each row an array.
            // The engine parses this about half as much text, which is where most of an insert's time went.
            List<Object> values = new ArrayList<>(columns.size());
            for (Map<String, ?> row : rows) {
                values.clear();
                for (String column : columns) {
                    values.add(row.get(column));
                }
                body.append(mapper.writeValueAsString(values)).append('\n');
            }
            return new Insert("INSERT INTO " + table + " (" + String.join(", ", columns) + ")", List.copyOf(columns), settings, "JSONCompactEachRow",
                    body.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a row cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The SETTINGS clause of an insert into {@code table} (checked to be a plain name) with this
     * token (checked, may be null).
     */
    public static String settings(String table, String deduplicationToken) {
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("not a plain table name: '" + table + "'");
        }
        // Synchronous, always: the sink's exactly-once rests on a synchronous insert's deduplication
        // token (an asynchronous one ignores it unless told otherwise).
        StringBuilder settings = new StringBuilder("SETTINGS async_insert = 0");
        if (deduplicationToken != null) {
            if (!TOKEN.matcher(deduplicationToken).matches()) {
                throw new IllegalArgumentException("deduplication token must be 1-200 characters of [A-Za-z0-9_.:-], was '" + deduplicationToken + "'");
            }
            settings.append(", insert_deduplication_token = '").append(deduplicationToken).append('\'');
        }
        return settings.toString();
    }

    /** Whether every one of these is a plain column name, which an INSERT's column list takes as it is. */
    public static boolean plainColumns(java.util.Collection<String> columns) {
        return columns.stream().allMatch(column -> COLUMN.matcher(column).matches());
    }

    /** The columns every row has (plain names only), or null when rows differ and each must name its own. */
    private static List<String> sharedColumns(List<? extends Map<String, ?>> rows) {
        List<String> columns = new ArrayList<>(rows.getFirst().keySet());
        for (String column : columns) {
            if (!COLUMN.matcher(column).matches()) {
                return null;
            }
        }
        for (Map<String, ?> row : rows) {
            if (row.size() != columns.size() || !row.keySet().containsAll(columns)) {
                return null;
            }
        }
        return columns;
    }

    /** Parses the engine's JSONEachRow output. */
    public List<Row> parse(String output) {
        List<Row> rows = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                Map<String, Object> values = mapper.readValue(line, rowType);
                rows.add(new Row(values));
            } catch (JsonProcessingException e) {
                throw new ClickHouseException("unreadable JSONEachRow line from ClickHouse: " + ClickHouseException.excerpt(line), e);
            }
        }
        return rows;
    }
}
