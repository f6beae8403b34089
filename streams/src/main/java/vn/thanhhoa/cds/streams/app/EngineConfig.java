package vn.thanhhoa.cds.streams.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/** The engine's settings, checked at start: where Kafka and the registry are, where state lives. */
public final class EngineConfig extends AbstractConfig {

    public static final String BOOTSTRAP_SERVERS_CONFIG = "kafka.bootstrap.servers";
    public static final String REGISTRY_URL_CONFIG = "schema.registry.url";
    public static final String APPLICATION_ID_CONFIG = "application.id";
    public static final String STATE_DIR_CONFIG = "state.dir";
    public static final String COMMIT_INTERVAL_CONFIG = "commit.interval.ms";
    public static final String THREADS_CONFIG = "threads";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(BOOTSTRAP_SERVERS_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Kafka brokers, host:port[,host:port…].")
            .define(REGISTRY_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Base URL of the schema registry (Apicurio), e.g. http://registry:8080.")
            .define(APPLICATION_ID_CONFIG, Type.STRING, "cds-indicator-engine", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Kafka Streams application id: names the consumer group, the internal topics and the state directory. Default cds-indicator-engine.")
            .define(STATE_DIR_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Folder of the engine's local state (RocksDB); kept across restarts, rebuilt from the changelogs when lost.")
            .define(COMMIT_INTERVAL_CONFIG, Type.LONG, 200L, Range.between(10, 60_000), Importance.LOW,
                    "How often a transaction commits, in milliseconds: the delay before a value is visible to read-committed readers. Default 200.")
            .define(THREADS_CONFIG, Type.INT, 1, Range.between(1, 64), Importance.LOW, "Stream threads. Default 1.");

    public EngineConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    public String registryUrl() {
        return getString(REGISTRY_URL_CONFIG);
    }

    public Path stateDirectory() {
        return Path.of(getString(STATE_DIR_CONFIG));
    }

    /** Kafka Streams' own settings: exactly-once (v2) always, since raw topics are at-least-once and values must not be. */
    public Properties streamsProperties() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, getString(APPLICATION_ID_CONFIG));
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, getString(BOOTSTRAP_SERVERS_CONFIG));
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDirectory().toAbsolutePath().toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, getLong(COMMIT_INTERVAL_CONFIG));
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, getInt(THREADS_CONFIG));
        // A record the engine cannot read or process goes to dlq.engine with the exception in its
        // headers, and the engine goes on: failing would stop every commune on one bad record, and
        // a replaced thread would meet the same record again.
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, PipelineTopics.DLQ_ENGINE.name());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        return props;
    }
}
