package vn.thanhhoa.cds.store.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL file into statements at the semicolons that end them. A server over JDBC runs one
 * statement per call, so a file is sent statement by statement on both implementations. Semicolons
 * inside quotes, back-quoted names and {@code --} comments do not split.
 */
final class SqlStatements {

    private SqlStatements() {
    }

    static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        boolean comment = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (comment) {
                comment = c != '\n';
            } else if (quote != 0) {
                if (c == '\\' && i + 1 < sql.length()) {
                    current.append(c);
                    c = sql.charAt(++i);
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                comment = true;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == ';') {
                add(statements, current);
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        add(statements, current);
        return statements;
    }

    /** Adds the statement unless it is only comments and blanks. */
    private static void add(List<String> statements, StringBuilder text) {
        String statement = text.toString().strip();
        boolean onlyComments = statement.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("--"));
        if (!onlyComments) {
            statements.add(statement);
        }
    }
}
