package vn.thanhhoa.cds.connectors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Connector configurations for the project's connectors. Tasks write values already in Confluent's
 * Avro wire format with the project's own schemas, so Connect must pass them through as bytes:
 * Connect's schema conversion would register a derived schema that loses enums and docs.
 */
public final class PassThroughConverters {

    private PassThroughConverters() {
    }

    public static Map<String, String> connectorConfig(Class<?> connectorClass, Map<String, String> settings) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", connectorClass.getName());
        config.put("tasks.max", "1");
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        config.putAll(settings);
        return config;
    }
}
