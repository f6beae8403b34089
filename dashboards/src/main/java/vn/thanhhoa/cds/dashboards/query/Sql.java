package vn.thanhhoa.cds.dashboards.query;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.dashboards.access.Scope;

/**
 * How the query classes put values into SQL. The {@code ClickHouse} interface takes SQL text (the
 * embedded engine has no bind parameters), so every value is typed before it gets here: numbers as
 * numbers, codes checked against a narrow pattern and then quoted with escaping, never spliced raw.
 */
final class Sql {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z._-]{1,40}");
    /** The engine's alert ids: {@code commune|set|indicator|…|episode|KIND}. */
    private static final Pattern ALERT_ID = Pattern.compile("[0-9A-Za-z._:|-]{1,300}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Sql() {
    }

    /** A code (commune, indicator, set, body) as a quoted literal. */
    static String code(String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a code: '" + value + "'");
        }
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    static boolean isAlertId(String value) {
        return value != null && ALERT_ID.matcher(value).matches();
    }

    /** An alert id as a quoted literal. */
    static String alertId(String value) {
        if (!isAlertId(value)) {
            throw new IllegalArgumentException("not an alert id: '" + value + "'");
        }
        return "'" + value + "'";
    }

    /** A login or a person's name as a quoted literal (escaped; these come from the users file, never from a request). */
    static String text(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    static String database(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: '" + name + "'");
        }
        return name;
    }

    /** {@code AND column IN (…)} for a limited scope; nothing for everything; a condition no row meets for none. */
    static String scope(String column, Scope scope) {
        if (scope.all()) {
            return "";
        }
        if (scope.communes().isEmpty()) {
            return " AND 0";
        }
        return " AND " + column + " IN (" + in(scope.sortedCommunes()) + ")";
    }

    static String in(List<String> codes) {
        return codes.stream().map(Sql::code).collect(Collectors.joining(", "));
    }
}
