package vn.thanhhoa.cds.connectors.tthc;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef;
import vn.thanhhoa.cds.connectors.PassThroughConverters;
import vn.thanhhoa.cds.connectors.ReferenceSettings;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/** Settings of the one-stop change-feed connector (HTTP pull with an incremental cursor). */
public final class DossierApiSourceConfig extends AbstractConfig {

    public static final String API_URL_CONFIG = "api.url";
    private static final String API_URL_DOC = "URL of the one-stop system's change feed; the connector adds ?tu=<cursor>&soLuong=<page.size>. "
            + "The reply is {error_code, message, data:[{SoThuTu, HoSo}], TiepTheo}.";
    public static final String PAGE_SIZE_CONFIG = "page.size";
    private static final String PAGE_SIZE_DOC = "Changes asked for per request (soLuong). Default 200.";
    public static final String POLL_INTERVAL_CONFIG = "poll.interval.ms";
    private static final String POLL_INTERVAL_DOC = "Wait before asking again when the feed had nothing new, in milliseconds. Default 2000.";
    public static final String RETRY_BACKOFF_CONFIG = "retry.backoff.ms";
    private static final String RETRY_BACKOFF_DOC = "First wait after a failed request (unreachable, HTTP 5xx or 429, error_code not 0) before retrying from the same cursor, in milliseconds; it doubles with each failure up to retry.backoff.max.ms. Default 5000.";
    public static final String RETRY_BACKOFF_MAX_CONFIG = "retry.backoff.max.ms";
    private static final String RETRY_BACKOFF_MAX_DOC = "Longest wait between two retries, in milliseconds: the wait after a failed request doubles from "
            + "retry.backoff.ms up to this, and starts again after an answer. Default 60000.";
    public static final String REQUEST_TIMEOUT_CONFIG = "request.timeout.ms";
    private static final String REQUEST_TIMEOUT_DOC = "Longest wait for one reply, in milliseconds. Default 30000.";
    public static final String TOPIC_CONFIG = "topic";
    private static final String TOPIC_DOC = "Topic for accepted dossiers. Default raw.tthc.dossier.";
    public static final String DLQ_TOPIC_CONFIG = "dlq.topic";
    private static final String DLQ_TOPIC_DOC = "Topic for rejected changes (Avro SourceDeadLetter) with reason and the change's sequence number. Default dlq.source.";
    public static final String REGISTRY_URL_CONFIG = "schema.registry.url";
    private static final String REGISTRY_URL_DOC = "Base URL of the schema registry (Apicurio). Values are written in Confluent's wire format.";

    public static final ConfigDef CONFIG_DEF = ReferenceSettings.pseudonymKeyFile(ReferenceSettings.agencyMapping(new ConfigDef()
            .define(API_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, API_URL_DOC, "Feed", 1, ConfigDef.Width.LONG, "Change feed URL")
            .define(PAGE_SIZE_CONFIG, Type.INT, 200, Range.between(1, 1000), Importance.LOW, PAGE_SIZE_DOC, "Feed", 2, ConfigDef.Width.SHORT, "Page size")
            .define(POLL_INTERVAL_CONFIG, Type.LONG, 2000L, Range.between(10, 3_600_000), Importance.LOW, POLL_INTERVAL_DOC, "Feed", 3, ConfigDef.Width.SHORT, "Poll interval")
            .define(RETRY_BACKOFF_CONFIG, Type.LONG, 5000L, Range.between(10, 3_600_000), Importance.LOW, RETRY_BACKOFF_DOC, "Feed", 4, ConfigDef.Width.SHORT, "Retry backoff")
            .define(RETRY_BACKOFF_MAX_CONFIG, Type.LONG, 60_000L, Range.between(10, 3_600_000), Importance.LOW, RETRY_BACKOFF_MAX_DOC, "Feed", 5,
                    ConfigDef.Width.SHORT, "Longest retry wait")
            .define(REQUEST_TIMEOUT_CONFIG, Type.LONG, 30_000L, Range.between(100, 600_000), Importance.LOW, REQUEST_TIMEOUT_DOC, "Feed", 6, ConfigDef.Width.SHORT, "Request timeout"),
                    DossierFileSourceConfig.AGENCY_MAPPING_USE), DossierFileSourceConfig.PSEUDONYM_KEY_USE)
            .define(TOPIC_CONFIG, Type.STRING, PipelineTopics.RAW_DOSSIER.name(), new ConfigDef.NonEmptyString(), Importance.MEDIUM, TOPIC_DOC, "Output", 1, ConfigDef.Width.MEDIUM, "Topic")
            .define(DLQ_TOPIC_CONFIG, Type.STRING, PipelineTopics.DLQ_SOURCE.name(), new ConfigDef.NonEmptyString(), Importance.MEDIUM, DLQ_TOPIC_DOC, "Output", 2, ConfigDef.Width.MEDIUM, "Dead-letter topic")
            .define(REGISTRY_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, REGISTRY_URL_DOC, "Output", 3, ConfigDef.Width.LONG, "Schema registry");

    public DossierApiSourceConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    /** A complete connector configuration, converters included (see {@link PassThroughConverters}). */
    public static Map<String, String> connectorConfig(Map<String, String> settings) {
        return PassThroughConverters.connectorConfig(DossierApiSourceConnector.class, settings);
    }

    public String apiUrl() {
        return getString(API_URL_CONFIG);
    }

    public int pageSize() {
        return getInt(PAGE_SIZE_CONFIG);
    }

    public long pollIntervalMs() {
        return getLong(POLL_INTERVAL_CONFIG);
    }

    public long retryBackoffMs() {
        return getLong(RETRY_BACKOFF_CONFIG);
    }

    public long retryBackoffMaxMs() {
        return Math.max(getLong(RETRY_BACKOFF_MAX_CONFIG), getLong(RETRY_BACKOFF_CONFIG));
    }

    public long requestTimeoutMs() {
        return getLong(REQUEST_TIMEOUT_CONFIG);
    }

    public Path agencyMappingFile() {
        return ReferenceSettings.agencyMappingFile(this);
    }

    public Path pseudonymKeyFile() {
        return ReferenceSettings.pseudonymKeyFile(this);
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
