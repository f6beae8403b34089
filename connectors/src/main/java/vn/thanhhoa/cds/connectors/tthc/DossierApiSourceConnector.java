package vn.thanhhoa.cds.connectors.tthc;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;
import vn.thanhhoa.cds.connectors.ConnectorVersion;

/**
 * Pulls the one-stop system's change feed over HTTP into {@code raw.tthc.dossier}. One task: the
 * feed is one ordered sequence, read from one cursor.
 */
public final class DossierApiSourceConnector extends SourceConnector {

    private Map<String, String> settings;

    @Override
    public void start(Map<String, String> props) {
        DossierApiSourceConfig config = new DossierApiSourceConfig(props);
        try {
            URI uri = URI.create(config.apiUrl());
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigException(DossierApiSourceConfig.API_URL_CONFIG, config.apiUrl(), e.getMessage());
        }
        settings = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return DossierApiSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(settings);
    }

    @Override
    public void stop() {
        // nothing held
    }

    @Override
    public ConfigDef config() {
        return DossierApiSourceConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        return ConnectorVersion.get();
    }
}
