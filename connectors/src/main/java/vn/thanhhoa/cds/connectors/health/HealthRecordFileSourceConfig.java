package vn.thanhhoa.cds.connectors.health;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import vn.thanhhoa.cds.connectors.ReferenceSettings;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/** Settings of the e-health record connector: the folder settings, the commune codes and the pseudonymisation key. */
public final class HealthRecordFileSourceConfig extends FolderSourceConfig {

    public static final String COMMUNE_CODES_CONFIG = ReferenceSettings.COMMUNE_CODES_CONFIG;
    public static final String PSEUDONYM_KEY_FILE_CONFIG = ReferenceSettings.PSEUDONYM_KEY_FILE_CONFIG;

    public static final ConfigDef CONFIG_DEF = ReferenceSettings.pseudonymKeyFile(ReferenceSettings.communeCodes(
                    base(PipelineTopics.RAW_HEALTH_RECORD.name(), "*.jsonl"),
                    "a record whose MAXA_CU_TRU is not a unit on its date is rejected."),
            "SO_CCCD is replaced by an HMAC with this key inside the connector; health data is sensitive personal data.");

    public HealthRecordFileSourceConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    public static Map<String, String> connectorConfig(Map<String, String> settings) {
        return connectorConfig(HealthRecordFileSourceConnector.class, settings);
    }

    @Override
    public Map<String, Runnable> referenceChecks() {
        Map<String, Runnable> checks = super.referenceChecks();
        checks.put(COMMUNE_CODES_CONFIG, () -> ReferenceSettings.communeCodes(this));
        checks.put(PSEUDONYM_KEY_FILE_CONFIG, () -> ReferenceSettings.pseudonymKey(this));
        return checks;
    }

    public Path communeCodesFile() {
        return ReferenceSettings.communeCodesFile(this);
    }

    public Path pseudonymKeyFile() {
        return ReferenceSettings.pseudonymKeyFile(this);
    }
}
