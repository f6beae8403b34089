package vn.thanhhoa.cds.pipeline.setup;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/** The settings of {@code ./cds setup}: the servers it sets up and where the deployment's connectors are declared. */
public final class SetupConfig extends AbstractConfig {

    public static final String BOOTSTRAP_SERVERS_CONFIG = "kafka.bootstrap.servers";
    private static final String BOOTSTRAP_SERVERS_DOC = "Kafka bootstrap servers, host:port[,host:port].";
    public static final String REGISTRY_URL_CONFIG = "schema.registry.url";
    private static final String REGISTRY_URL_DOC = "Base URL of the Apicurio schema registry, e.g. http://registry:8080 (its Confluent-compatible API is used).";
    public static final String CONNECT_URL_CONFIG = "connect.rest.url";
    private static final String CONNECT_URL_DOC = "Kafka Connect's REST address, e.g. http://connect:8083.";
    public static final String CLICKHOUSE_URL_CONFIG = "clickhouse.jdbc.url";
    private static final String CLICKHOUSE_URL_DOC = "JDBC URL of the ClickHouse server, e.g. jdbc:clickhouse://clickhouse:8123/default.";
    public static final String CLICKHOUSE_USER_CONFIG = "clickhouse.user";
    private static final String CLICKHOUSE_USER_DOC = "ClickHouse user that may create databases and tables.";
    public static final String CLICKHOUSE_PASSWORD_CONFIG = "clickhouse.password";
    private static final String CLICKHOUSE_PASSWORD_DOC = "Its password.";
    public static final String DATABASE_CONFIG = "clickhouse.database";
    private static final String DATABASE_DOC = "The database the store's migrations go into.";
    public static final String CONNECTORS_DIR_CONFIG = "connectors.dir";
    private static final String CONNECTORS_DIR_DOC = "Folder of the deployment's connectors, one JSON file each ({\"name\", \"config\"}, as Connect's POST /connectors takes); empty: deploy none.";
    public static final String CONNECTOR_FILES_DIR_CONFIG = "connector.reference.dir";
    private static final String CONNECTOR_FILES_DIR_DOC = "Folder shared with the Connect workers where the setup writes the connectors' reference files (agencies.csv, communes.csv); empty: none.";
    public static final String PUBLISH_REFERENCE_CONFIG = "reference.publish";
    private static final String PUBLISH_REFERENCE_DOC = "Publish the built-in reference data (units, statistics, indicators, targets) to the ref.* topics.";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(BOOTSTRAP_SERVERS_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, BOOTSTRAP_SERVERS_DOC)
            .define(REGISTRY_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, REGISTRY_URL_DOC)
            .define(CONNECT_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, CONNECT_URL_DOC)
            .define(CLICKHOUSE_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, CLICKHOUSE_URL_DOC)
            .define(CLICKHOUSE_USER_CONFIG, Type.STRING, "default", Importance.MEDIUM, CLICKHOUSE_USER_DOC)
            .define(CLICKHOUSE_PASSWORD_CONFIG, Type.PASSWORD, "", Importance.MEDIUM, CLICKHOUSE_PASSWORD_DOC)
            .define(DATABASE_CONFIG, Type.STRING, "cds", new ConfigDef.NonEmptyString(), Importance.LOW, DATABASE_DOC)
            .define(CONNECTORS_DIR_CONFIG, Type.STRING, "", Importance.MEDIUM, CONNECTORS_DIR_DOC)
            .define(CONNECTOR_FILES_DIR_CONFIG, Type.STRING, "", Importance.MEDIUM, CONNECTOR_FILES_DIR_DOC)
            .define(PUBLISH_REFERENCE_CONFIG, Type.BOOLEAN, true, Importance.LOW, PUBLISH_REFERENCE_DOC);

    public SetupConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals, false);
        if (connectorFilesFolder().isPresent() && !getBoolean(PUBLISH_REFERENCE_CONFIG)) {
            throw new ConfigException(CONNECTOR_FILES_DIR_CONFIG, getString(CONNECTOR_FILES_DIR_CONFIG), "needs " + PUBLISH_REFERENCE_CONFIG + "=true (the files are written from the reference data)");
        }
        if (!getString(CLICKHOUSE_URL_CONFIG).startsWith("jdbc:clickhouse:")) {
            throw new ConfigException(CLICKHOUSE_URL_CONFIG, getString(CLICKHOUSE_URL_CONFIG), "must start with jdbc:clickhouse:");
        }
    }

    public String bootstrapServers() {
        return getString(BOOTSTRAP_SERVERS_CONFIG);
    }

    public String registryUrl() {
        return getString(REGISTRY_URL_CONFIG);
    }

    public String connectUrl() {
        return getString(CONNECT_URL_CONFIG);
    }

    public String clickHouseUrl() {
        return getString(CLICKHOUSE_URL_CONFIG);
    }

    public String clickHouseUser() {
        return getString(CLICKHOUSE_USER_CONFIG);
    }

    public String clickHousePassword() {
        return getPassword(CLICKHOUSE_PASSWORD_CONFIG).value();
    }

    public String database() {
        return getString(DATABASE_CONFIG);
    }

    public Optional<Path> connectorsFolder() {
        String folder = getString(CONNECTORS_DIR_CONFIG);
        return folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    public Optional<Path> connectorFilesFolder() {
        String folder = getString(CONNECTOR_FILES_DIR_CONFIG);
        return folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    public boolean publishReference() {
        return getBoolean(PUBLISH_REFERENCE_CONFIG);
    }
}
