package vn.thanhhoa.cds.pipeline.connect;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a Connect worker and restarts failed connectors and tasks by {@link RestartPolicy}.
 * Kafka Connect leaves a failed task failed until someone restarts it; a source then reads nothing
 * more while everything else looks up. Also keeps the last observation, so that a status page
 * shows the states without asking the worker again.
 */
public final class FailedTaskRestarter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FailedTaskRestarter.class);

    private final ConnectRestClient connect;
    private final RestartPolicy policy;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Map<String, Attempts> attempts = new HashMap<>();
    private final AtomicReference<Observation> last = new AtomicReference<>(new Observation(null, List.of(), null, 0));

    /** What was last seen: the states, or why the worker could not be asked; and the restarts made so far. */
    public record Observation(Instant at, List<ConnectorHealth> connectors, String unreachable, long restarts) {
    }

    private record Attempts(int count, Instant lastRestart, Instant nextAllowed) {
    }

    private FailedTaskRestarter(ConnectRestClient connect, RestartPolicy policy, Clock clock) {
        this.connect = connect;
        this.policy = policy;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "connect-task-restarter");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts watching at once, then every {@link RestartPolicy#checkEvery()}. */
    public static FailedTaskRestarter start(ConnectRestClient connect, RestartPolicy policy) {
        FailedTaskRestarter restarter = new FailedTaskRestarter(connect, policy, Clock.systemUTC());
        restarter.timer.scheduleWithFixedDelay(restarter::checkSafely, 0, policy.checkEvery().toMillis(), TimeUnit.MILLISECONDS);
        return restarter;
    }

    public Observation lastObservation() {
        return last.get();
    }

    private void checkSafely() {
        try {
            check();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            Observation previous = last.get();
            last.set(new Observation(clock.instant(), previous.connectors(), e.getMessage(), previous.restarts()));
            LOG.debug("Kafka Connect at {} could not be asked for its state: {}", connect.baseUrl(), e.toString());
        }
    }

    /** One round: read the states, restart what failed and whose wait is over. */
    void check() throws IOException, InterruptedException {
        List<ConnectorHealth> connectors = connect.connectors();
        Instant now = clock.instant();
        long restarts = last.get().restarts();
        for (ConnectorHealth connector : connectors) {
            if (consider(connector.name(), connector.failed(), now)) {
                LOG.warn("Connector {} failed ({}); restarting it", connector.name(), connector.reason());
                connect.restartConnector(connector.name());
                restarts++;
            }
            for (ConnectorHealth.Task task : connector.tasks()) {
                String key = connector.name() + "/" + task.id();
                if (consider(key, task.failed(), now)) {
                    LOG.warn("Task {} failed ({}); restarting it (attempt {})", key, task.reason(), attempts.get(key).count());
                    connect.restartTask(connector.name(), task.id());
                    restarts++;
                }
            }
        }
        last.set(new Observation(now, connectors, null, restarts));
    }

    /** Whether to restart {@code key} now; keeps its attempts and forgets them once it has run long enough. */
    private boolean consider(String key, boolean failed, Instant now) {
        Attempts seen = attempts.get(key);
        if (!failed) {
            if (seen != null && seen.lastRestart() != null && now.isAfter(seen.lastRestart().plus(policy.stableAfter()))) {
                attempts.remove(key);
            }
            return false;
        }
        if (seen == null) {
            // First seen failed: wait the first delay, so that a worker still starting is not hurried.
            attempts.put(key, new Attempts(0, null, now.plus(policy.delayBefore(1))));
            return false;
        }
        if (now.isBefore(seen.nextAllowed())) {
            return false;
        }
        int count = seen.count() + 1;
        attempts.put(key, new Attempts(count, now, now.plus(policy.delayBefore(count + 1))));
        return true;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
