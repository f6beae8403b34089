package vn.thanhhoa.cds.connectors.declaration;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/** Settings of the declaration connector: the folder settings and the commune codes. */
public final class DeclarationFileSourceConfig extends FolderSourceConfig {

    public static final String COMMUNE_CODES_CONFIG = "commune.codes.file";
    private static final String COMMUNE_CODES_DOC = "CSV of commune-level unit codes with validity (commune_code,valid_from,valid_to): "
            + "a declaration for a code that is not a unit on its date is rejected.";

    public static final ConfigDef CONFIG_DEF = base(PipelineTopics.RAW_DECLARATION.name(), "*.jsonl")
            .define(COMMUNE_CODES_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, COMMUNE_CODES_DOC,
                    "Reference data", 1, ConfigDef.Width.LONG, "Commune codes");

    public DeclarationFileSourceConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    public static Map<String, String> connectorConfig(Map<String, String> settings) {
        return connectorConfig(DeclarationFileSourceConnector.class, settings);
    }

    public Path communeCodesFile() {
        return Path.of(getString(COMMUNE_CODES_CONFIG));
    }
}
