package vn.thanhhoa.cds.sink.testbed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;

/**
 * The task's view of Connect for tests that drive a task directly (to stop it exactly between insert
 * and commit): keeps what the task reported as errant and the back-off it asked for. Not a stand-in
 * for a broker or a database: the tests around it use the real ones.
 */
public final class RecordingTaskContext implements SinkTaskContext {

    public record Report(SinkRecord record, Throwable reason) {
    }

    private final List<Report> reports = new ArrayList<>();
    private long timeoutMs = -1;

    public List<Report> reports() {
        return reports;
    }

    public long timeoutMs() {
        return timeoutMs;
    }

    @Override
    public ErrantRecordReporter errantRecordReporter() {
        return (record, error) -> {
            reports.add(new Report(record, error));
            return CompletableFuture.<Void>completedFuture(null);
        };
    }

    @Override
    public Map<String, String> configs() {
        return Map.of();
    }

    @Override
    public void offset(Map<TopicPartition, Long> offsets) {
    }

    @Override
    public void offset(TopicPartition tp, long offset) {
    }

    @Override
    public void timeout(long timeoutMs) {
        this.timeoutMs = timeoutMs;
    }

    @Override
    public Set<TopicPartition> assignment() {
        return Set.of();
    }

    @Override
    public void pause(TopicPartition... partitions) {
    }

    @Override
    public void resume(TopicPartition... partitions) {
    }

    @Override
    public void requestCommit() {
    }

    @Override
    public org.apache.kafka.common.metrics.PluginMetrics pluginMetrics() {
        return null;
    }
}
