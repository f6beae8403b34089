package vn.thanhhoa.cds.store.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the build put {@code libchdb.so}: {@code <cache>/chdb/<version>/libchdb.so}, the cache being
 * {@code cds.cache.dir} (system property), else {@code CDS_CACHE_DIR}, else
 * {@code ~/.cache/thanhhoa-cds}. {@code cds.chdb.library} names a library file directly.
 */
public record ChdbLocation(Path library, String version) {

    public static ChdbLocation resolve() {
        String version = pinnedVersion();
        String explicit = System.getProperty("cds.chdb.library", System.getenv("CDS_CHDB_LIBRARY"));
        Path library = explicit != null && !explicit.isBlank()
                ? Path.of(explicit)
                : cacheDirectory().resolve("chdb").resolve(version).resolve("libchdb.so");
        return new ChdbLocation(library, version);
    }

    public static Path cacheDirectory() {
        String configured = System.getProperty("cds.cache.dir", System.getenv("CDS_CACHE_DIR"));
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "thanhhoa-cds");
    }

    /** Fails with one sentence saying what to do when the library is not there. */
    public Path requireLibrary() {
        if (!Files.isReadable(library)) {
            throw new IllegalStateException("The embedded ClickHouse engine (chDB " + version + ") is not at " + library
                    + ": build the project once (./mvnw -q -pl store -am install -DskipTests) to fetch it, or set cds.chdb.library to a libchdb.so.");
        }
        return library;
    }

    private static String pinnedVersion() {
        try (InputStream in = ChdbLocation.class.getResourceAsStream("chdb.properties")) {
            if (in == null) {
                throw new IllegalStateException("chdb.properties is missing from the store module: was it built with Maven?");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("chdb.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
