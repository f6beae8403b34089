package vn.thanhhoa.cds.schemas.serde;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that says how Avro records are framed on every topic: Confluent's wire format
 * (magic byte 0, a 4-byte schema id, then the Avro body), the id being the registry's content id.
 * Any Confluent-format reader (ClickHouse's AvroConfluent, ksqlDB, kcat with Avro) can then
 * resolve the id through the registry's {@code /apis/ccompat/v7} API. Producers, consumers, the
 * Connect converter and Streams serdes all take their settings from here, because a writer and a
 * reader that disagree on any of them cannot read each other's records.
 */
public final class ConfluentWireFormat {

    /** Apicurio's native API path, which its serdes and converter talk to. */
    public static final String NATIVE_API_PATH = "/apis/registry/v2";
    /** The Confluent-compatible API path, for Confluent-format readers. */
    public static final String CONFLUENT_API_PATH = "/apis/ccompat/v7";

    private ConfluentWireFormat() {
    }

    /**
     * Serde settings for a registry at {@code registryBaseUrl} (e.g. {@code http://127.0.0.1:8081}).
     *
     * @param specificRecords whether deserialisers return the generated classes rather than GenericRecord
     */
    public static Map<String, Object> serdeConfig(String registryBaseUrl, boolean specificRecords) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("apicurio.registry.url", registryBaseUrl + NATIVE_API_PATH);
        config.put("apicurio.registry.auto-register", "true");
        // The schema id goes in the payload, not in Kafka headers: Confluent readers only look there.
        config.put("apicurio.registry.headers.enabled", "false");
        // 4-byte id as Confluent writes it (Apicurio's default is 8 bytes).
        config.put("apicurio.registry.id-handler", "io.apicurio.registry.serde.Legacy4ByteIdHandler");
        // The ccompat API resolves /schemas/ids/{id} as content ids; global ids would need the
        // registry's legacy-id mode, and mixing the two breaks every reader.
        config.put("apicurio.registry.use-id", "contentId");
        config.put("apicurio.registry.use-specific-avro-reader", Boolean.toString(specificRecords));
        return config;
    }

    /** The same settings prefixed for a Kafka Connect converter ({@code value.converter.}, {@code key.converter.}). */
    public static Map<String, String> converterConfig(String prefix, String registryBaseUrl) {
        Map<String, String> config = new LinkedHashMap<>();
        serdeConfig(registryBaseUrl, false).forEach((key, value) -> config.put(prefix + key, value.toString()));
        return config;
    }
}
