package vn.thanhhoa.cds.sink;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, from build metadata, reported by the connector and its tasks. */
final class SinkVersion {

    private SinkVersion() {
    }

    static String get() {
        try (InputStream in = SinkVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
