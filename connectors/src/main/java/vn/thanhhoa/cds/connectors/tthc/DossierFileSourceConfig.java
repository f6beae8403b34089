package vn.thanhhoa.cds.connectors.tthc;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/** Settings of the one-stop dossier export connector. */
public final class DossierFileSourceConfig extends AbstractConfig {

    private static final String GROUP_INPUT = "Input";
    private static final String GROUP_OUTPUT = "Output";
    private static final String GROUP_PRIVACY = "Privacy";

    public static final String INPUT_DIR_CONFIG = "input.dir";
    private static final String INPUT_DIR_DOC = "Folder the one-stop system exports dossiers into: JSON Lines files, one dossier per line, with the "
            + "field names of the national public-service portal synchronisation (MaHoSo, KenhThucHien, TrangThaiHoSo, …). Read in file-name order.";
    public static final String FILE_GLOB_CONFIG = "file.glob";
    private static final String FILE_GLOB_DOC = "Which files of the input folder to read. Default *.jsonl.";
    public static final String QUARANTINE_DIR_CONFIG = "quarantine.dir";
    private static final String QUARANTINE_DIR_DOC = "Folder where a file that is not a text export at all (empty, binary, an archive) is moved, with a .reason.txt beside it.";
    public static final String MAX_LINE_BYTES_CONFIG = "max.line.bytes";
    private static final String MAX_LINE_BYTES_DOC = "Longest line accepted, in bytes; a longer line goes to the dead-letter topic. Default 1,000,000.";
    public static final String BATCH_SIZE_CONFIG = "batch.size";
    private static final String BATCH_SIZE_DOC = "Most lines handed to Kafka per poll. Default 500.";
    public static final String POLL_INTERVAL_CONFIG = "poll.interval.ms";
    private static final String POLL_INTERVAL_DOC = "How long to wait before looking for new files when all are read, in milliseconds. Default 1000.";
    public static final String AGENCY_MAPPING_CONFIG = "agency.mapping.file";
    private static final String AGENCY_MAPPING_DOC = "CSV mapping processing-agency codes to commune-level units with validity dates "
            + "(agency_code,commune_code,valid_from,valid_to): the source names the agency, never the commune.";

    public static final String TOPIC_CONFIG = "topic";
    private static final String TOPIC_DOC = "Topic for accepted dossiers (Avro DossierStatusChanged, key = MaHoSo). Default raw.tthc.dossier.";
    public static final String DLQ_TOPIC_CONFIG = "dlq.topic";
    private static final String DLQ_TOPIC_DOC = "Topic for rejected lines and quarantined files (Avro SourceDeadLetter) with reason, file and line. Default dlq.source.";
    public static final String REGISTRY_URL_CONFIG = "schema.registry.url";
    private static final String REGISTRY_URL_DOC = "Base URL of the schema registry (Apicurio), e.g. http://registry:8080. Values are written in Confluent's wire format.";

    public static final String PSEUDONYM_KEY_FILE_CONFIG = "pseudonym.key.file";
    private static final String PSEUDONYM_KEY_FILE_DOC = "File holding the pseudonymisation key, one line '<key id>:<base64 secret of at least 32 bytes>'. "
            + "Applicant ID numbers are replaced by an HMAC with this key before anything leaves the connector. Keep it outside the pipeline's data.";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(INPUT_DIR_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, INPUT_DIR_DOC, GROUP_INPUT, 1, ConfigDef.Width.LONG, "Input folder")
            .define(FILE_GLOB_CONFIG, Type.STRING, "*.jsonl", new ConfigDef.NonEmptyString(), Importance.LOW, FILE_GLOB_DOC, GROUP_INPUT, 2, ConfigDef.Width.SHORT, "File pattern")
            .define(QUARANTINE_DIR_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, QUARANTINE_DIR_DOC, GROUP_INPUT, 3, ConfigDef.Width.LONG, "Quarantine folder")
            .define(MAX_LINE_BYTES_CONFIG, Type.INT, 1_000_000, Range.between(1024, 64 * 1024 * 1024), Importance.LOW, MAX_LINE_BYTES_DOC, GROUP_INPUT, 4, ConfigDef.Width.SHORT, "Longest line")
            .define(BATCH_SIZE_CONFIG, Type.INT, 500, Range.between(1, 100_000), Importance.LOW, BATCH_SIZE_DOC, GROUP_INPUT, 5, ConfigDef.Width.SHORT, "Batch size")
            .define(POLL_INTERVAL_CONFIG, Type.LONG, 1000L, Range.between(10, 3_600_000), Importance.LOW, POLL_INTERVAL_DOC, GROUP_INPUT, 6, ConfigDef.Width.SHORT, "Poll interval")
            .define(AGENCY_MAPPING_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, AGENCY_MAPPING_DOC, GROUP_INPUT, 7, ConfigDef.Width.LONG, "Agency mapping")
            .define(TOPIC_CONFIG, Type.STRING, PipelineTopics.RAW_DOSSIER.name(), new ConfigDef.NonEmptyString(), Importance.MEDIUM, TOPIC_DOC, GROUP_OUTPUT, 1, ConfigDef.Width.MEDIUM, "Topic")
            .define(DLQ_TOPIC_CONFIG, Type.STRING, PipelineTopics.DLQ_SOURCE.name(), new ConfigDef.NonEmptyString(), Importance.MEDIUM, DLQ_TOPIC_DOC, GROUP_OUTPUT, 2, ConfigDef.Width.MEDIUM, "Dead-letter topic")
            .define(REGISTRY_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, REGISTRY_URL_DOC, GROUP_OUTPUT, 3, ConfigDef.Width.LONG, "Schema registry")
            .define(PSEUDONYM_KEY_FILE_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, PSEUDONYM_KEY_FILE_DOC, GROUP_PRIVACY, 1, ConfigDef.Width.LONG, "Pseudonym key file");

    public DossierFileSourceConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    /**
     * A complete connector configuration, converters included: the task writes values already in
     * Confluent's Avro wire format with the project's own schemas, so Connect must pass them through
     * as bytes (a Connect-schema conversion would register a derived schema that loses enums and docs).
     */
    public static Map<String, String> connectorConfig(Map<String, String> settings) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", DossierFileSourceConnector.class.getName());
        config.put("tasks.max", "1");
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        config.putAll(settings);
        return config;
    }

    public Path inputDirectory() {
        return Path.of(getString(INPUT_DIR_CONFIG));
    }

    public Path quarantineDirectory() {
        return Path.of(getString(QUARANTINE_DIR_CONFIG));
    }

    public String fileGlob() {
        return getString(FILE_GLOB_CONFIG);
    }

    public int maxLineBytes() {
        return getInt(MAX_LINE_BYTES_CONFIG);
    }

    public int batchSize() {
        return getInt(BATCH_SIZE_CONFIG);
    }

    public long pollIntervalMs() {
        return getLong(POLL_INTERVAL_CONFIG);
    }

    public Path agencyMappingFile() {
        return Path.of(getString(AGENCY_MAPPING_CONFIG));
    }

    public String topic() {
        return getString(TOPIC_CONFIG);
    }

    public String deadLetterTopic() {
        return getString(DLQ_TOPIC_CONFIG);
    }

    public String registryUrl() {
        return getString(REGISTRY_URL_CONFIG);
    }

    public Path pseudonymKeyFile() {
        return Path.of(getString(PSEUDONYM_KEY_FILE_CONFIG));
    }
}
