package vn.thanhhoa.cds.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.FeatureMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded broker is formatted with transactions version 1: with version 2 a Kafka Streams
 * producer whose state a repartition purge removed had its next record refused until the transaction
 * timed out (KAFKA-18202, KAFKA-19880), and the live engine stalled for minutes on a quiet feed.
 */
class TransactionVersionTest {

    @TempDir
    Path directory;

    @Test
    void aNewBrokerFinalisesTransactionsVersionOne() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(directory.resolve("kafka"), 0, 0);
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            FeatureMetadata features = admin.describeFeatures().featureMetadata().get();
            assertThat(features.finalizedFeatures()).containsKey("transaction.version");
            assertThat(features.finalizedFeatures().get("transaction.version").maxVersionLevel()).isEqualTo((short) 1);
        }
    }
}
