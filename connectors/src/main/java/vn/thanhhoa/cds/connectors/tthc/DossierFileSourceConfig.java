package vn.thanhhoa.cds.connectors.tthc;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import vn.thanhhoa.cds.connectors.agency.AgencyMappedFolderConfig;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/**
 * Settings of the one-stop dossier export connector: the folder settings, plus the agency mapping
 * (the export names the agency, never the commune) and the pseudonymisation key.
 */
public final class DossierFileSourceConfig extends AgencyMappedFolderConfig {

    private static final String GROUP_PRIVACY = "Privacy";
    public static final String PSEUDONYM_KEY_FILE_CONFIG = "pseudonym.key.file";
    private static final String PSEUDONYM_KEY_FILE_DOC = "File holding the pseudonymisation key, one line '<key id>:<base64 secret of at least 32 bytes>'. "
            + "Applicant ID numbers are replaced by an HMAC with this key before anything leaves the connector. Keep it outside the pipeline's data.";

    public static final ConfigDef CONFIG_DEF = define(PipelineTopics.RAW_DOSSIER.name(), "*.jsonl",
                    "the one-stop system names the processing agency, never the commune.")
            .define(PSEUDONYM_KEY_FILE_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, PSEUDONYM_KEY_FILE_DOC,
                    GROUP_PRIVACY, 1, ConfigDef.Width.LONG, "Pseudonym key file");

    public DossierFileSourceConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    public static Map<String, String> connectorConfig(Map<String, String> settings) {
        return connectorConfig(DossierFileSourceConnector.class, settings);
    }

    @Override
    public Map<String, Runnable> referenceChecks() {
        Map<String, Runnable> checks = super.referenceChecks();
        checks.put(PSEUDONYM_KEY_FILE_CONFIG, () -> vn.thanhhoa.cds.connectors.privacy.PseudonymKey.readFrom(pseudonymKeyFile(), PSEUDONYM_KEY_FILE_CONFIG));
        return checks;
    }

    public Path pseudonymKeyFile() {
        return Path.of(getString(PSEUDONYM_KEY_FILE_CONFIG));
    }
}
