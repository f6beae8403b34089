package vn.thanhhoa.cds.streams.app;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.streams.IndicatorTopology;
import vn.thanhhoa.cds.streams.serde.RegistrySerdes;

/**
 * The running engine: the topology in a KafkaStreams instance, exactly-once, against any Kafka and
 * registry. Used by {@code ./cds streams} (a deployment) and by {@code ./cds demo}.
 */
public final class IndicatorEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndicatorEngine.class);

    private final KafkaStreams streams;

    private IndicatorEngine(KafkaStreams streams) {
        this.streams = streams;
    }

    public static IndicatorEngine start(EngineConfig config, Catalog catalog, AdministrativeUnits units, Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();
        IndicatorTopology.build(builder, catalog, units, new RegistrySerdes(config.registryUrl()), clock,
                IndicatorTopology.DEFAULT_EVALUATION_INTERVAL, config.alertPolicy());
        KafkaStreams streams = new KafkaStreams(builder.build(), config.streamsProperties());
        // A failed thread is replaced; the input that failed it is read again from the last commit.
        streams.setUncaughtExceptionHandler(exception -> {
            LOG.error("The indicator engine's stream thread failed; replacing it", exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
        LOG.info("Indicator engine started ({}), state in {}", config.streamsProperties().get("application.id"), config.stateDirectory());
        return new IndicatorEngine(streams);
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Waits until the engine is running (its tasks assigned and state restored), at most {@code timeout}. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || !streams.state().isRunningOrRebalancing() && streams.state() != KafkaStreams.State.CREATED) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return true;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
