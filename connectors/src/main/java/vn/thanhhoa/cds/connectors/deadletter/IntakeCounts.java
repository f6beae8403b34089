package vn.thanhhoa.cds.connectors.deadletter;

import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.PluginMetrics;

/**
 * How much of a source a task accepted, rejected to the dead-letter topic, and quarantined, as
 * Kafka Connect plugin metrics (JMX, and whatever reporter the worker has), so an operator sees a
 * source going bad without reading logs.
 */
public final class IntakeCounts {

    public static final String ACCEPTED = "records-accepted-total";
    public static final String REJECTED = "records-rejected-total";
    public static final String QUARANTINED = "files-quarantined-total";

    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong quarantined = new AtomicLong();

    /** Registers the counters under the task's plugin metrics, tagged with the source. */
    public IntakeCounts(PluginMetrics metrics, String source) {
        LinkedHashMap<String, String> tags = new LinkedHashMap<>();
        tags.put("source", source);
        metrics.addMetric(metrics.metricName(ACCEPTED, "Input records published to the source's topic", tags), (Gauge<Long>) (config, now) -> accepted.get());
        metrics.addMetric(metrics.metricName(REJECTED, "Input records sent to the dead-letter topic with a reason", tags), (Gauge<Long>) (config, now) -> rejected.get());
        metrics.addMetric(metrics.metricName(QUARANTINED, "Input files moved to the quarantine folder", tags), (Gauge<Long>) (config, now) -> quarantined.get());
    }

    public void accepted() {
        accepted.incrementAndGet();
    }

    public void rejected() {
        rejected.incrementAndGet();
    }

    public void quarantined() {
        quarantined.incrementAndGet();
        rejected.incrementAndGet();
    }
}
