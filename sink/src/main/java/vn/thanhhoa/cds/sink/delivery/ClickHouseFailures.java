package vn.thanhhoa.cds.sink.delivery;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thanhhoa.cds.store.ClickHouseException;

/**
 * Decides whether a failed write is worth retrying. ClickHouse refusing the statement itself (a
 * missing table, a type that does not match, bad credentials) will refuse it again: the task
 * stops with ClickHouse's message, nothing committed, so nothing is lost once the cause is fixed.
 * Anything else (a closed engine, a refused connection, a timeout, too many parts) is retried.
 */
final class ClickHouseFailures {

    private static final Pattern CODE = Pattern.compile("Code: (\\d+)");

    /** ClickHouse error codes that a retry cannot cure, with their names. */
    private static final Map<Integer, String> PERMANENT = Map.ofEntries(
            Map.entry(6, "CANNOT_PARSE_TEXT"),
            Map.entry(16, "NO_SUCH_COLUMN_IN_TABLE"),
            Map.entry(27, "CANNOT_PARSE_INPUT_ASSERTION_FAILED"),
            Map.entry(38, "CANNOT_PARSE_DATE"),
            Map.entry(41, "CANNOT_PARSE_DATETIME"),
            Map.entry(53, "TYPE_MISMATCH"),
            Map.entry(60, "UNKNOWN_TABLE"),
            Map.entry(62, "SYNTAX_ERROR"),
            Map.entry(70, "CANNOT_CONVERT_TYPE"),
            Map.entry(72, "CANNOT_PARSE_NUMBER"),
            Map.entry(81, "UNKNOWN_DATABASE"),
            Map.entry(117, "INCORRECT_DATA"),
            Map.entry(192, "UNKNOWN_USER"),
            Map.entry(497, "ACCESS_DENIED"),
            Map.entry(516, "AUTHENTICATION_FAILED"));

    private ClickHouseFailures() {
    }

    /** The name of the permanent error this is, or null when a retry may succeed. */
    static String permanentError(RuntimeException failure) {
        if (!(failure instanceof ClickHouseException)) {
            return null;
        }
        Matcher code = CODE.matcher(String.valueOf(failure.getMessage()));
        return code.find() ? PERMANENT.get(Integer.parseInt(code.group(1))) : null;
    }
}
