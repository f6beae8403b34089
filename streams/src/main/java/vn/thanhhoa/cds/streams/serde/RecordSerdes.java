package vn.thanhhoa.cds.streams.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** How the engine reads and writes the pipeline's Avro topics: through the registry in a deployment, plainly in tests. */
@FunctionalInterface
public interface RecordSerdes {

    <T extends SpecificRecord> Serde<T> serde(Class<T> type);
}
