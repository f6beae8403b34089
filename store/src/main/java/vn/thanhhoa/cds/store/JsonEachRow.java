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
 * Rows in ClickHouse's JSONEachRow format, one JSON object per line. Both implementations insert
 * this way, so that an INSERT is the same SQL text on the embedded engine and on a server.
 */
public final class JsonEachRow {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:\\-]{1,200}");

    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final MapType rowType = mapper.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class);

    /** The complete INSERT statement, data included. */
    public String insertStatement(String table, List<? extends Map<String, ?>> rows, String deduplicationToken) {
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("not a plain table name: '" + table + "'");
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table);
        if (deduplicationToken != null) {
            if (!TOKEN.matcher(deduplicationToken).matches()) {
                throw new IllegalArgumentException("deduplication token must be 1-200 characters of [A-Za-z0-9_.:-], was '" + deduplicationToken + "'");
            }
            sql.append(" SETTINGS insert_deduplication_token = '").append(deduplicationToken).append('\'');
        }
        sql.append(" FORMAT JSONEachRow\n");
        try {
            for (Map<String, ?> row : rows) {
                sql.append(mapper.writeValueAsString(row)).append('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a row cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        return sql.toString();
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
