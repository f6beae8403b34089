package vn.thanhhoa.cds.store.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's migrations, read from the classpath: {@code migrations/migrations.list} names the
 * files in order (a listing, because a folder inside a jar cannot be enumerated portably). Versions
 * must rise by one from 1, so that a gap or a duplicate is a build error, not a skipped table.
 */
public final class MigrationScripts {

    static final String FOLDER = "migrations/";
    private static final String LIST = FOLDER + "migrations.list";

    private MigrationScripts() {
    }

    /** Every migration of this build, in version order. */
    public static List<Migration> all() {
        List<Migration> migrations = new ArrayList<>();
        for (String fileName : read(LIST).lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()) {
            Migration migration = Migration.of(fileName, read(FOLDER + fileName));
            if (migration.version() != migrations.size() + 1) {
                throw new IllegalStateException(LIST + " lists " + fileName + " where version " + (migrations.size() + 1) + " was expected");
            }
            migrations.add(migration);
        }
        return List.copyOf(migrations);
    }

    private static String read(String resource) {
        try (InputStream in = MigrationScripts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the classpath resource " + resource + " is missing from the store module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource + " failed", e);
        }
    }
}
