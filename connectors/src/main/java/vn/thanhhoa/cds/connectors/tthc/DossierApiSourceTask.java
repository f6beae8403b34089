package vn.thanhhoa.cds.connectors.tthc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.connectors.ConnectorVersion;
import vn.thanhhoa.cds.connectors.ReferenceSettings;
import vn.thanhhoa.cds.connectors.deadletter.IntakeCounts;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.deadletter.Rejection;
import vn.thanhhoa.cds.connectors.privacy.IdentifierMask;
import vn.thanhhoa.cds.connectors.privacy.Pseudonymiser;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.serde.WireFormatSerializer;

/**
 * Asks the change feed for what follows the stored cursor, maps each change like an export line,
 * and stores the change's sequence number as the offset ({@link FeedCursor}). Whether an answer that is
 * not a page is waited out (from the same cursor, nothing skipped, with a bounded back-off) or stops the
 * task is {@link FeedRetry}'s decision; retries are counted in the {@code feed-retries-total} metric.
 */
public final class DossierApiSourceTask extends SourceTask {

    private static final Logger LOG = LoggerFactory.getLogger(DossierApiSourceTask.class);
    private static final String SOURCE = "tthc-api";
    /** Plugin metric: requests asked again after a failure. */
    public static final String FEED_RETRIES = "feed-retries-total";

    private DossierApiSourceConfig config;
    private DossierRecordMapping mapping;
    private WireFormatSerializer serializer;
    private HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock = Clock.systemUTC();
    private long cursor;
    private IntakeCounts counts;
    private FeedRetry retry;

    @Override
    public String version() {
        return ConnectorVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new DossierApiSourceConfig(props);
        mapping = new DossierRecordMapping(ReferenceSettings.agencyMapping(config), new Pseudonymiser(ReferenceSettings.pseudonymKey(config)));
        serializer = new WireFormatSerializer(config.registryUrl());
        http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(config.requestTimeoutMs())).build();
        counts = new IntakeCounts(context.pluginMetrics(), SOURCE);
        retry = new FeedRetry(Duration.ofMillis(config.retryBackoffMs()), Duration.ofMillis(config.retryBackoffMaxMs()));
        java.util.LinkedHashMap<String, String> tags = new java.util.LinkedHashMap<>(Map.of("source", SOURCE));
        context.pluginMetrics().addMetric(context.pluginMetrics().metricName(FEED_RETRIES, "Requests to the change feed asked again after a failure", tags),
                (org.apache.kafka.common.metrics.Gauge<Long>) (metricConfig, now) -> retry.retries());
        cursor = FeedCursor.from(context.offsetStorageReader().offset(partition()));
        LOG.info("Reading the one-stop change feed {} from cursor {}", config.apiUrl(), cursor);
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        JsonNode page = fetch();
        if (page == null) {
            return null;
        }
        List<SourceRecord> records = new ArrayList<>();
        for (JsonNode item : page.path("data")) {
            long sequence = item.path("SoThuTu").asLong(-1);
            if (sequence <= cursor) {
                continue;
            }
            String location = "api:" + sequence;
            JsonNode dossier = item.path("HoSo");
            Parsed<DossierStatusChanged> parsed = dossier.isObject()
                    ? mapping.map(dossier.toString(), "api", sequence)
                    : new Parsed.Rejected<>(Rejection.ofLine("api", sequence, "HoSo", "HoSo is not a JSON object", dossier.asText()));
            Map<String, Long> offset = FeedCursor.offset(sequence);
            records.add(switch (parsed) {
                case Parsed.Accepted<DossierStatusChanged>(String key, DossierStatusChanged value) -> {
                    value.setSourceLocation(location);
                    counts.accepted();
                    yield new SourceRecord(partition(), offset, config.topic(), null, null, key, null, serializer.serialize(config.topic(), value));
                }
                case Parsed.Rejected<DossierStatusChanged>(Rejection rejection) -> {
                    counts.rejected();
                    yield new SourceRecord(partition(), offset, config.deadLetterTopic(), null, null, location, null,
                            serializer.serialize(config.deadLetterTopic(), rejection.withRecordId(location).toDeadLetter(SOURCE, "one-stop-dossier-api", clock.instant())));
                }
            });
            cursor = sequence;
        }
        if (records.isEmpty()) {
            Thread.sleep(config.pollIntervalMs());
            return null;
        }
        return records;
    }

    /** One page after the cursor, or null (after waiting as {@link FeedRetry} decides) when the feed cannot answer now. */
    private JsonNode fetch() throws InterruptedException {
        URI uri = URI.create(config.apiUrl() + (config.apiUrl().contains("?") ? "&" : "?") + "tu=" + cursor + "&soLuong=" + config.pageSize());
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(config.requestTimeoutMs())).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return waitOut(retry.unreachable(e.toString()));
        }
        if (response.statusCode() != 200) {
            return waitOut(retry.status(response.statusCode(), uri.toString()));
        }
        JsonNode page;
        try {
            page = json.readTree(response.body());
        } catch (IOException e) {
            return waitOut(retry.notJson());
        }
        if (!"0".equals(page.path("error_code").asText())) {
            LOG.warn("The one-stop feed's message: {}", IdentifierMask.mask(page.path("message").asText()));
            return waitOut(retry.errorCode(page.path("error_code").asText()));
        }
        retry.answered();
        return page;
    }

    private JsonNode waitOut(FeedRetry.Decision decision) throws InterruptedException {
        switch (decision) {
            case FeedRetry.Stop(String why) -> throw new ConnectException(why);
            case FeedRetry.Retry(Duration delay, String why) -> {
                LOG.warn("{}; asking again from cursor {} in {} ms", why, cursor, delay.toMillis());
                Thread.sleep(delay.toMillis());
            }
        }
        return null;
    }

    private Map<String, String> partition() {
        return new TreeMap<>(Map.of("source", SOURCE, "url", config.apiUrl()));
    }

    @Override
    public void stop() {
        if (serializer != null) {
            serializer.close();
        }
    }
}
