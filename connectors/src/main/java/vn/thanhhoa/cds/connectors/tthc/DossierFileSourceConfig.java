package vn.thanhhoa.cds.connectors.tthc;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import vn.thanhhoa.cds.connectors.ReferenceSettings;
import vn.thanhhoa.cds.connectors.agency.AgencyMappedFolderConfig;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/**
 * Settings of the one-stop dossier export connector: the folder settings, plus the agency mapping
 * (the export names the agency, never the commune) and the pseudonymisation key.
 */
public final class DossierFileSourceConfig extends AgencyMappedFolderConfig {

    public static final String PSEUDONYM_KEY_FILE_CONFIG = ReferenceSettings.PSEUDONYM_KEY_FILE_CONFIG;
    /** What the key does here, for this connector and the change-feed one. */
    static final String PSEUDONYM_KEY_USE = "Applicant ID numbers are replaced by an HMAC with this key before anything leaves the connector. "
            + "Keep it outside the pipeline's data.";
    /** How a dossier finds its commune, for this connector and the change-feed one. */
    static final String AGENCY_MAPPING_USE = "the one-stop system names the processing agency, never the commune.";

    public static final ConfigDef CONFIG_DEF = ReferenceSettings.pseudonymKeyFile(define(PipelineTopics.RAW_DOSSIER.name(), "*.jsonl", AGENCY_MAPPING_USE),
            PSEUDONYM_KEY_USE);

    public DossierFileSourceConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    public static Map<String, String> connectorConfig(Map<String, String> settings) {
        return connectorConfig(DossierFileSourceConnector.class, settings);
    }

    @Override
    public Map<String, Runnable> referenceChecks() {
        Map<String, Runnable> checks = super.referenceChecks();
        checks.put(PSEUDONYM_KEY_FILE_CONFIG, () -> ReferenceSettings.pseudonymKey(this));
        return checks;
    }

    public Path pseudonymKeyFile() {
        return ReferenceSettings.pseudonymKeyFile(this);
    }
}
