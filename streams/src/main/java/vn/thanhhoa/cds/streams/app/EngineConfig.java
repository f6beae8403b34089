package vn.thanhhoa.cds.streams.app;

import java.nio.file.Path;
import java.time.Duration;
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
import vn.thanhhoa.cds.streams.alerts.AlertPolicy;

/** The engine's settings, checked at start: where Kafka and the registry are, where state lives, when to alert. */
public final class EngineConfig extends AbstractConfig {

    public static final String BOOTSTRAP_SERVERS_CONFIG = "kafka.bootstrap.servers";
    public static final String REGISTRY_URL_CONFIG = "schema.registry.url";
    public static final String APPLICATION_ID_CONFIG = "application.id";
    public static final String STATE_DIR_CONFIG = "state.dir";
    public static final String COMMIT_INTERVAL_CONFIG = "commit.interval.ms";
    public static final String THREADS_CONFIG = "threads";
    public static final String ALERT_BAND_CONFIG = "alert.band";
    public static final String ALERT_MINIMUM_DENOMINATOR_CONFIG = "alert.minimum.denominator";
    public static final String ALERT_STALE_AFTER_HOURS_CONFIG = "alert.stale.after.hours";
    public static final String ALERT_REPORT_STALE_AFTER_DAYS_CONFIG = "alert.report.stale.after.days";

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
            .define(THREADS_CONFIG, Type.INT, 1, Range.between(1, 64), Importance.LOW, "Stream threads. Default 1.")
            .define(ALERT_BAND_CONFIG, Type.DOUBLE, AlertPolicy.DEFAULT.band(), Range.atLeast(0), Importance.MEDIUM,
                    "How far below its target (percentage points, or units for a count) a commune's value must fall before a BELOW alert opens;"
                            + " the alert stays open until the target is met, so a value wavering inside the band raises one alert. Default 2.")
            .define(ALERT_MINIMUM_DENOMINATOR_CONFIG, Type.DOUBLE, AlertPolicy.DEFAULT.minimumDenominator(), Range.atLeast(0), Importance.LOW,
                    "A ratio over fewer entries than this (a commune with 3 dossiers) raises no alert. Default 10.")
            .define(ALERT_STALE_AFTER_HOURS_CONFIG, Type.INT, (int) AlertPolicy.DEFAULT.staleAfter().toHours(), Range.between(1, 24 * 366), Importance.MEDIUM,
                    "Hours a source system (one-stop dossiers, documents, tasks, reports, health records) may send nothing for a commune"
                            + " before one STALE alert; its next record raises RECOVERED. Default 72.")
            .define(ALERT_REPORT_STALE_AFTER_DAYS_CONFIG, Type.INT, (int) AlertPolicy.DEFAULT.reportStaleAfter().toDays(), Range.between(1, 366), Importance.LOW,
                    "Days a monthly report (bank, telecom, power) may be missing for a commune before a STALE alert. Default 45.");

    public EngineConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    /** When a value or a silent source is worth an alert. */
    public AlertPolicy alertPolicy() {
        return new AlertPolicy(getDouble(ALERT_BAND_CONFIG), getDouble(ALERT_MINIMUM_DENOMINATOR_CONFIG),
                Duration.ofHours(getInt(ALERT_STALE_AFTER_HOURS_CONFIG)), Duration.ofDays(getInt(ALERT_REPORT_STALE_AFTER_DAYS_CONFIG)));
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
        // The cached stores (latest states, measure buckets, sources heard) write each key once per
        // commit: room for a busy commit's keys, so that none is written out early.
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 32L * 1024 * 1024);
        // The raw topics are merged into one stream, so a task reads a partition of each, most of
        // them empty. Waiting for empty partitions only orders records by time across topics, which
        // nothing here needs (each entity's states are on one partition and ordered by their own
        // time); and Kafka Streams 4.3 formats a log message for every empty partition each time it
        // checks (PartitionGroup.readyToProcess, eagerly: a tenth of the stream thread in a replay).
        props.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);
        // A record the engine cannot read or process goes to dlq.engine with the exception in its
        // headers, and the engine goes on: failing would stop every commune on one bad record, and
        // a replaced thread would meet the same record again.
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, PipelineTopics.DLQ_ENGINE.name());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        return props;
    }
}
