package vn.thanhhoa.cds.sink;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import vn.thanhhoa.cds.sink.target.InProcessClickHouses;

/**
 * Settings of the ClickHouse sink, one group per concern. Connect's own keys ({@code topics},
 * {@code errors.tolerance}, {@code errors.deadletterqueue.*}, the converters) are not repeated
 * here; {@link #connectorConfig} sets the ones the sink needs.
 */
public final class ClickHouseSinkConfig extends AbstractConfig {

    private static final String CLICKHOUSE_GROUP = "ClickHouse";
    private static final String RECORDS_GROUP = "Records";
    private static final String DELIVERY_GROUP = "Delivery";

    public static final String CLICKHOUSE_URL_CONFIG = "clickhouse.url";
    private static final String CLICKHOUSE_URL_DOC = "Where to write: a server's JDBC URL (jdbc:clickhouse://host:8123), or "
            + InProcessClickHouses.SCHEME + "<name> for the embedded engine of this JVM that the process hosting Connect registered under that name "
            + "(the demo and the tests).";
    private static final String CLICKHOUSE_URL_DISPLAY = "ClickHouse URL";

    public static final String CLICKHOUSE_USER_CONFIG = "clickhouse.user";
    private static final String CLICKHOUSE_USER_DOC = "User for a ClickHouse server; ignored by the embedded engine. Default default.";
    private static final String CLICKHOUSE_USER_DISPLAY = "ClickHouse user";

    public static final String CLICKHOUSE_PASSWORD_CONFIG = "clickhouse.password";
    private static final String CLICKHOUSE_PASSWORD_DOC = "Password of that user; ignored by the embedded engine. Default empty.";
    private static final String CLICKHOUSE_PASSWORD_DISPLAY = "ClickHouse password";

    public static final String CLICKHOUSE_DATABASE_CONFIG = "clickhouse.database";
    private static final String CLICKHOUSE_DATABASE_DOC = "Database holding the store's tables (created by the store's migrations, which must be "
            + "applied first: ./cds setup). Default cds.";
    private static final String CLICKHOUSE_DATABASE_DISPLAY = "ClickHouse database";

    public static final String REGISTRY_URL_CONFIG = "schema.registry.url";
    private static final String REGISTRY_URL_DOC = "Base URL of the schema registry (Apicurio), e.g. http://registry:8080. Values are read in "
            + "Confluent's wire format: the writer's schema is fetched once per schema id from /apis/ccompat/v7.";
    private static final String REGISTRY_URL_DISPLAY = "Schema registry URL";

    public static final String FLUSH_INTERVAL_CONFIG = "flush.interval.ms";
    private static final String FLUSH_INTERVAL_DOC = "Longest time records wait in the sink before they are inserted, in milliseconds: ClickHouse "
            + "wants about one insert per second per table, and a row becomes readable at most this long after it arrives (when "
            + "records stop arriving, at the worker's next offset commit). Default 1000.";
    private static final String FLUSH_INTERVAL_DISPLAY = "Flush interval";

    public static final String BATCH_MAX_ROWS_CONFIG = "batch.max.rows";
    private static final String BATCH_MAX_ROWS_DOC = "Most rows of one topic-partition inserted in one statement; a batch this big is inserted "
            + "at once, without waiting for the flush interval. Default 100000.";
    private static final String BATCH_MAX_ROWS_DISPLAY = "Largest batch";

    public static final String RETRY_BACKOFF_CONFIG = "retry.backoff.ms";
    private static final String RETRY_BACKOFF_DOC = "How long Connect waits before handing the records again after ClickHouse or the registry "
            + "could not be reached, in milliseconds. The sink retries for as long as it takes; nothing is skipped. Default 2000.";
    private static final String RETRY_BACKOFF_DISPLAY = "Retry back-off";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(CLICKHOUSE_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
                    CLICKHOUSE_URL_DOC, CLICKHOUSE_GROUP, 1, Width.LONG, CLICKHOUSE_URL_DISPLAY)
            .define(CLICKHOUSE_USER_CONFIG, Type.STRING, "default", Importance.MEDIUM, CLICKHOUSE_USER_DOC, CLICKHOUSE_GROUP, 2, Width.SHORT,
                    CLICKHOUSE_USER_DISPLAY)
            .define(CLICKHOUSE_PASSWORD_CONFIG, Type.PASSWORD, "", Importance.MEDIUM, CLICKHOUSE_PASSWORD_DOC, CLICKHOUSE_GROUP, 3, Width.SHORT,
                    CLICKHOUSE_PASSWORD_DISPLAY)
            .define(CLICKHOUSE_DATABASE_CONFIG, Type.STRING, "cds", new ConfigDef.NonEmptyString(), Importance.MEDIUM, CLICKHOUSE_DATABASE_DOC,
                    CLICKHOUSE_GROUP, 4, Width.SHORT, CLICKHOUSE_DATABASE_DISPLAY)
            .define(REGISTRY_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, REGISTRY_URL_DOC,
                    RECORDS_GROUP, 1, Width.LONG, REGISTRY_URL_DISPLAY)
            .define(FLUSH_INTERVAL_CONFIG, Type.LONG, 1000L, Range.atLeast(0), Importance.MEDIUM, FLUSH_INTERVAL_DOC, DELIVERY_GROUP, 1,
                    Width.SHORT, FLUSH_INTERVAL_DISPLAY)
            .define(BATCH_MAX_ROWS_CONFIG, Type.INT, 100_000, Range.between(1, 1_000_000), Importance.LOW, BATCH_MAX_ROWS_DOC, DELIVERY_GROUP, 2,
                    Width.SHORT, BATCH_MAX_ROWS_DISPLAY)
            .define(RETRY_BACKOFF_CONFIG, Type.LONG, 2000L, Range.atLeast(10), Importance.LOW, RETRY_BACKOFF_DOC, DELIVERY_GROUP, 3, Width.SHORT,
                    RETRY_BACKOFF_DISPLAY);

    public ClickHouseSinkConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals, false);
        String url = clickHouseUrl();
        if (!url.startsWith("jdbc:clickhouse:") && !url.startsWith("jdbc:ch:") && !url.startsWith(InProcessClickHouses.SCHEME)) {
            throw new ConfigException(CLICKHOUSE_URL_CONFIG, url, "must start with jdbc:clickhouse: (a server) or " + InProcessClickHouses.SCHEME
                    + " (the embedded engine of this JVM)");
        }
        if (!getString(CLICKHOUSE_DATABASE_CONFIG).matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ConfigException(CLICKHOUSE_DATABASE_CONFIG, getString(CLICKHOUSE_DATABASE_CONFIG), "must be a plain database name");
        }
    }

    /**
     * A complete connector configuration: the sink's settings plus the Connect keys it relies on.
     * Values pass as bytes ({@code ByteArrayConverter}): the task decodes them itself (sink/DESIGN.md says why).
     */
    public static Map<String, String> connectorConfig(Map<String, String> settings) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", ClickHouseSinkConnector.class.getName());
        config.put("key.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        config.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        config.putAll(settings);
        return config;
    }

    public String clickHouseUrl() {
        return getString(CLICKHOUSE_URL_CONFIG);
    }

    public String clickHouseUser() {
        return getString(CLICKHOUSE_USER_CONFIG);
    }

    public Password clickHousePassword() {
        return getPassword(CLICKHOUSE_PASSWORD_CONFIG);
    }

    public String database() {
        return getString(CLICKHOUSE_DATABASE_CONFIG);
    }

    public String registryUrl() {
        return getString(REGISTRY_URL_CONFIG);
    }

    public long flushIntervalMs() {
        return getLong(FLUSH_INTERVAL_CONFIG);
    }

    public int batchMaxRows() {
        return getInt(BATCH_MAX_ROWS_CONFIG);
    }

    public long retryBackoffMs() {
        return getLong(RETRY_BACKOFF_CONFIG);
    }
}
