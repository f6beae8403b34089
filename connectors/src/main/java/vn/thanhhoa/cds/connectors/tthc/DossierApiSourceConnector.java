package vn.thanhhoa.cds.connectors.tthc;

import java.net.URI;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.Task;
import vn.thanhhoa.cds.connectors.ReferenceSettings;
import vn.thanhhoa.cds.connectors.SingleTaskSourceConnector;

/** Pulls the one-stop system's change feed over HTTP into {@code raw.tthc.dossier}. */
public final class DossierApiSourceConnector extends SingleTaskSourceConnector {

    @Override
    protected void checkSettings(Map<String, String> props) {
        DossierApiSourceConfig config = new DossierApiSourceConfig(props);
        try {
            URI uri = URI.create(config.apiUrl());
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigException(DossierApiSourceConfig.API_URL_CONFIG, config.apiUrl(), e.getMessage());
        }
    }

    @Override
    protected Map<String, Runnable> referenceChecks(Map<String, String> props) {
        DossierApiSourceConfig config = new DossierApiSourceConfig(props);
        Map<String, Runnable> checks = new java.util.LinkedHashMap<>();
        checks.put(ReferenceSettings.AGENCY_MAPPING_CONFIG, () -> ReferenceSettings.agencyMapping(config));
        checks.put(ReferenceSettings.PSEUDONYM_KEY_FILE_CONFIG, () -> ReferenceSettings.pseudonymKey(config));
        return checks;
    }

    @Override
    public Class<? extends Task> taskClass() {
        return DossierApiSourceTask.class;
    }

    @Override
    public ConfigDef config() {
        return DossierApiSourceConfig.CONFIG_DEF;
    }
}
