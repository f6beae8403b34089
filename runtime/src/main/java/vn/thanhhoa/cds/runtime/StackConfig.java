package vn.thanhhoa.cds.runtime;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/** Settings of the embedded stack, validated when it starts. Ports 0 pick free ports. */
public final class StackConfig extends AbstractConfig {

    public static final String DATA_DIR_CONFIG = "stack.data.dir";
    private static final String DATA_DIR_DOC = "Directory holding every component's data (Kafka logs, registry database, "
            + "Connect offsets, ClickHouse tables). Kept between runs, so a second start resumes where the first stopped.";

    public static final String KAFKA_PORT_CONFIG = "kafka.port";
    private static final String KAFKA_PORT_DOC = "Port of the Kafka broker's client listener on 127.0.0.1; 0 picks a free port. Default 0.";

    public static final String KAFKA_CONTROLLER_PORT_CONFIG = "kafka.controller.port";
    private static final String KAFKA_CONTROLLER_PORT_DOC = "Port of the KRaft controller listener on 127.0.0.1; 0 picks a free port. Default 0.";

    public static final String REGISTRY_PORT_CONFIG = "registry.port";
    private static final String REGISTRY_PORT_DOC = "HTTP port of the schema registry on 127.0.0.1; 0 picks a free port. Default 0.";

    public static final String CONNECT_REST_PORT_CONFIG = "connect.rest.port";
    private static final String CONNECT_REST_PORT_DOC = "HTTP port of the Kafka Connect worker's REST API on 127.0.0.1; 0 picks a free port. Default 0.";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(DATA_DIR_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, DATA_DIR_DOC)
            .define(KAFKA_PORT_CONFIG, Type.INT, 0, Range.between(0, 65535), Importance.MEDIUM, KAFKA_PORT_DOC)
            .define(KAFKA_CONTROLLER_PORT_CONFIG, Type.INT, 0, Range.between(0, 65535), Importance.LOW, KAFKA_CONTROLLER_PORT_DOC)
            .define(REGISTRY_PORT_CONFIG, Type.INT, 0, Range.between(0, 65535), Importance.MEDIUM, REGISTRY_PORT_DOC)
            .define(CONNECT_REST_PORT_CONFIG, Type.INT, 0, Range.between(0, 65535), Importance.LOW, CONNECT_REST_PORT_DOC);

    public StackConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals, false);
    }

    /** A stack kept in {@code dataDirectory}, every port picked freely. */
    public static StackConfig in(Path dataDirectory) {
        return new StackConfig(Map.of(DATA_DIR_CONFIG, dataDirectory.toString()));
    }

    public Path dataDirectory() {
        return Path.of(getString(DATA_DIR_CONFIG)).toAbsolutePath();
    }

    public int kafkaPort() {
        return getInt(KAFKA_PORT_CONFIG);
    }

    public int kafkaControllerPort() {
        return getInt(KAFKA_CONTROLLER_PORT_CONFIG);
    }

    public int registryPort() {
        return getInt(REGISTRY_PORT_CONFIG);
    }

    public int connectRestPort() {
        return getInt(CONNECT_REST_PORT_CONFIG);
    }

    /** One readable sentence for a configuration error, as {@link ConfigException} words it. */
    public static String explain(ConfigException e) {
        return "Invalid stack configuration: " + e.getMessage();
    }
}
