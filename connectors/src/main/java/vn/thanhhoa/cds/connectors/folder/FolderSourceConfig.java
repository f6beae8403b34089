package vn.thanhhoa.cds.connectors.folder;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import vn.thanhhoa.cds.connectors.PassThroughConverters;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/**
 * The settings every export-folder connector shares: where the files are, where broken ones go,
 * where records and dead letters are written. Each connector adds its own keys to {@link #base}.
 */
public class FolderSourceConfig extends AbstractConfig {

    private static final String GROUP_INPUT = "Input";
    private static final String GROUP_OUTPUT = "Output";

    public static final String INPUT_DIR_CONFIG = "input.dir";
    private static final String INPUT_DIR_DOC = "Folder the source system exports into. Files are read in file-name order, each once; "
            + "a file's lines are read from where the last run stopped.";
    public static final String FILE_GLOB_CONFIG = "file.glob";
    private static final String FILE_GLOB_DOC = "Which files of the input folder to read.";
    public static final String QUARANTINE_DIR_CONFIG = "quarantine.dir";
    private static final String QUARANTINE_DIR_DOC = "Folder where a file that is not a text export at all (empty, binary, an archive) is moved, with a .reason.txt beside it.";
    public static final String MAX_LINE_BYTES_CONFIG = "max.line.bytes";
    private static final String MAX_LINE_BYTES_DOC = "Longest line accepted, in bytes; a longer line goes to the dead-letter topic. Default 1,000,000.";
    public static final String BATCH_SIZE_CONFIG = "batch.size";
    private static final String BATCH_SIZE_DOC = "Most lines handed to Kafka per poll. Default 500.";
    public static final String POLL_INTERVAL_CONFIG = "poll.interval.ms";
    private static final String POLL_INTERVAL_DOC = "How long to wait before looking for new files when all are read, in milliseconds. Default 1000.";
    public static final String TOPIC_CONFIG = "topic";
    private static final String TOPIC_DOC = "Topic for accepted records (Avro, the project's schema for this source).";
    public static final String DLQ_TOPIC_CONFIG = "dlq.topic";
    private static final String DLQ_TOPIC_DOC = "Topic for rejected lines and quarantined files (Avro SourceDeadLetter) with reason, file and line. Default dlq.source.";
    public static final String REGISTRY_URL_CONFIG = "schema.registry.url";
    private static final String REGISTRY_URL_DOC = "Base URL of the schema registry (Apicurio), e.g. http://registry:8080. Values are written in Confluent's wire format.";

    /** The shared keys, with this connector's default topic and file pattern. */
    public static ConfigDef base(String defaultTopic, String defaultGlob) {
        return new ConfigDef()
                .define(INPUT_DIR_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, INPUT_DIR_DOC, GROUP_INPUT, 1, ConfigDef.Width.LONG, "Input folder")
                .define(FILE_GLOB_CONFIG, Type.STRING, defaultGlob, new ConfigDef.NonEmptyString(), Importance.LOW, FILE_GLOB_DOC + " Default " + defaultGlob + ".", GROUP_INPUT, 2, ConfigDef.Width.SHORT, "File pattern")
                .define(QUARANTINE_DIR_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, QUARANTINE_DIR_DOC, GROUP_INPUT, 3, ConfigDef.Width.LONG, "Quarantine folder")
                .define(MAX_LINE_BYTES_CONFIG, Type.INT, 1_000_000, Range.between(1024, 64 * 1024 * 1024), Importance.LOW, MAX_LINE_BYTES_DOC, GROUP_INPUT, 4, ConfigDef.Width.SHORT, "Longest line")
                .define(BATCH_SIZE_CONFIG, Type.INT, 500, Range.between(1, 100_000), Importance.LOW, BATCH_SIZE_DOC, GROUP_INPUT, 5, ConfigDef.Width.SHORT, "Batch size")
                .define(POLL_INTERVAL_CONFIG, Type.LONG, 1000L, Range.between(10, 3_600_000), Importance.LOW, POLL_INTERVAL_DOC, GROUP_INPUT, 6, ConfigDef.Width.SHORT, "Poll interval")
                .define(TOPIC_CONFIG, Type.STRING, defaultTopic, new ConfigDef.NonEmptyString(), Importance.MEDIUM, TOPIC_DOC + " Default " + defaultTopic + ".", GROUP_OUTPUT, 1, ConfigDef.Width.MEDIUM, "Topic")
                .define(DLQ_TOPIC_CONFIG, Type.STRING, PipelineTopics.DLQ_SOURCE.name(), new ConfigDef.NonEmptyString(), Importance.MEDIUM, DLQ_TOPIC_DOC, GROUP_OUTPUT, 2, ConfigDef.Width.MEDIUM, "Dead-letter topic")
                .define(REGISTRY_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, REGISTRY_URL_DOC, GROUP_OUTPUT, 3, ConfigDef.Width.LONG, "Schema registry");
    }

    protected FolderSourceConfig(ConfigDef definition, Map<?, ?> originals) {
        super(definition, originals);
    }

    /** A complete connector configuration, converters included (see {@link PassThroughConverters}). */
    public static Map<String, String> connectorConfig(Class<?> connectorClass, Map<String, String> settings) {
        return PassThroughConverters.connectorConfig(connectorClass, settings);
    }

    /**
     * The reference files the settings name, each with a check that reads it and throws a
     * {@link org.apache.kafka.common.config.ConfigException} naming its key when it cannot be read;
     * run by the connector's {@code validate()}. A subclass adds its own to these.
     */
    public java.util.Map<String, Runnable> referenceChecks() {
        return new java.util.LinkedHashMap<>();
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

    public String topic() {
        return getString(TOPIC_CONFIG);
    }

    public String deadLetterTopic() {
        return getString(DLQ_TOPIC_CONFIG);
    }

    public String registryUrl() {
        return getString(REGISTRY_URL_CONFIG);
    }
}
