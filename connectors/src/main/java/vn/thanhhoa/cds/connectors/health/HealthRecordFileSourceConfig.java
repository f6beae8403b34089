package vn.thanhhoa.cds.connectors.health;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/** Settings of the e-health record connector: the folder settings, the commune codes and the pseudonymisation key. */
public final class HealthRecordFileSourceConfig extends FolderSourceConfig {

    public static final String COMMUNE_CODES_CONFIG = "commune.codes.file";
    private static final String COMMUNE_CODES_DOC = "CSV of commune-level unit codes with validity (commune_code,valid_from,valid_to): "
            + "a record whose MAXA_CU_TRU is not a unit on its date is rejected.";
    public static final String PSEUDONYM_KEY_FILE_CONFIG = "pseudonym.key.file";
    private static final String PSEUDONYM_KEY_FILE_DOC = "File holding the pseudonymisation key, one line '<key id>:<base64 secret of at least 32 bytes>'. "
            + "SO_CCCD is replaced by an HMAC with this key inside the connector; health data is sensitive personal data.";

    public static final ConfigDef CONFIG_DEF = base(PipelineTopics.RAW_HEALTH_RECORD.name(), "*.jsonl")
            .define(COMMUNE_CODES_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, COMMUNE_CODES_DOC,
                    "Reference data", 1, ConfigDef.Width.LONG, "Commune codes")
            .define(PSEUDONYM_KEY_FILE_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, PSEUDONYM_KEY_FILE_DOC,
                    "Privacy", 1, ConfigDef.Width.LONG, "Pseudonym key file");

    public HealthRecordFileSourceConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    public static Map<String, String> connectorConfig(Map<String, String> settings) {
        return connectorConfig(HealthRecordFileSourceConnector.class, settings);
    }

    @Override
    public Map<String, Runnable> referenceChecks() {
        Map<String, Runnable> checks = super.referenceChecks();
        checks.put(COMMUNE_CODES_CONFIG, () -> vn.thanhhoa.cds.connectors.agency.CommuneCodes.read(communeCodesFile(), COMMUNE_CODES_CONFIG));
        checks.put(PSEUDONYM_KEY_FILE_CONFIG, () -> vn.thanhhoa.cds.connectors.privacy.PseudonymKey.readFrom(pseudonymKeyFile(), PSEUDONYM_KEY_FILE_CONFIG));
        return checks;
    }

    public Path communeCodesFile() {
        return Path.of(getString(COMMUNE_CODES_CONFIG));
    }

    public Path pseudonymKeyFile() {
        return Path.of(getString(PSEUDONYM_KEY_FILE_CONFIG));
    }
}
