package vn.thanhhoa.cds.connectors;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, from build metadata, reported by every connector and task. */
public final class ConnectorVersion {

    private ConnectorVersion() {
    }

    public static String get() {
        try (InputStream in = ConnectorVersion.class.getResourceAsStream("version.properties")) {
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
