package vn.thanhhoa.cds.streams.serde;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import vn.thanhhoa.cds.schemas.serde.ConfluentWireFormat;

/** The pipeline's topics as every other reader sees them: Confluent's framing, ids from the registry. */
public final class RegistrySerdes implements RecordSerdes {

    private final Map<String, Object> config;

    public RegistrySerdes(String registryBaseUrl) {
        this.config = ConfluentWireFormat.serdeConfig(registryBaseUrl, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends SpecificRecord> Serde<T> serde(Class<T> type) {
        AvroKafkaSerializer<T> serializer = new AvroKafkaSerializer<>();
        serializer.configure(config, false);
        AvroKafkaDeserializer<T> deserializer = new AvroKafkaDeserializer<>();
        deserializer.configure(config, false);
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
