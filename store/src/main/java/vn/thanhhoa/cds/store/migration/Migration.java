package vn.thanhhoa.cds.store.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned migration: a SQL file {@code V<version>__<name>.sql} whose statements use
 * {@code ${database}} for the database they apply to. The checksum is of the file as written, so
 * that any edit of an applied migration shows.
 */
public record Migration(int version, String name, String sql, String checksum) {

    /** The placeholder each statement uses for the target database. */
    public static final String DATABASE_PLACEHOLDER = "${database}";

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d{3,})__([a-z0-9_]+)\\.sql");

    public Migration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(checksum, "checksum");
    }

    /** Reads a migration from its file name and text. */
    public static Migration of(String fileName, String sql) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("migration file '" + fileName + "' is not named V<3+ digits>__<lower_case_name>.sql");
        }
        return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2), sql, sha256(sql));
    }

    /** The statements to run against {@code database}, in file order. */
    public List<String> statementsFor(String database) {
        return SqlStatements.split(sql).stream().map(statement -> statement.replace(DATABASE_PLACEHOLDER, database)).toList();
    }

    /** {@code V003 indicator_values}, as messages name it. */
    public String label() {
        return "V%03d %s".formatted(version, name);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
