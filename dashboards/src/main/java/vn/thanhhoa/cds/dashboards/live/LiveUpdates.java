package vn.thanhhoa.cds.dashboards.live;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-sent events for the open pages: one watcher asks ClickHouse for the newest computation
 * every {@code interval} and sends {@code changed} to every page when it advanced; the pages then
 * refetch their data. One query per interval however many pages are open.
 */
public final class LiveUpdates implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final LongSupplier mark;
    private final ScheduledExecutorService watcher;
    private long last = Long.MIN_VALUE;
    private boolean failing;

    public LiveUpdates(LongSupplier mark, Duration interval) {
        this.mark = mark;
        this.watcher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("dashboard-live").factory());
        watcher.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Keeps an event stream open until the page goes away. */
    public void join(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendEvent("hello", "ok");
    }

    public int listeners() {
        return clients.size();
    }

    private void check() {
        try {
            long now = mark.getAsLong();
            if (failing) {
                LOG.info("Live updates read ClickHouse again");
                failing = false;
            }
            boolean advanced = last != Long.MIN_VALUE && now > last;
            last = Math.max(last, now);
            for (SseClient client : clients) {
                if (client.terminated()) {
                    clients.remove(client);
                } else if (advanced) {
                    client.sendEvent("changed", Long.toString(now));
                } else {
                    // A comment keeps proxies from closing an idle stream and tells us of a page gone.
                    client.sendComment("ping");
                }
            }
        } catch (RuntimeException e) {
            // Once per outage, not once a second.
            if (!failing) {
                LOG.warn("Live updates could not read the newest computation (retrying every interval): {}", e.getMessage());
                failing = true;
            }
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        clients.forEach(SseClient::close);
        clients.clear();
    }
}
