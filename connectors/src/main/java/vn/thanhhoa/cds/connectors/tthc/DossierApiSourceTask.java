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
import vn.thanhhoa.cds.connectors.agency.AgencyCommuneMapping;
import vn.thanhhoa.cds.connectors.deadletter.IntakeCounts;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.deadletter.Rejection;
import vn.thanhhoa.cds.connectors.privacy.IdentifierMask;
import vn.thanhhoa.cds.connectors.privacy.PseudonymKey;
import vn.thanhhoa.cds.connectors.privacy.Pseudonymiser;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.serde.WireFormatSerializer;

/**
 * Asks the change feed for what follows the stored cursor, maps each change like an export line,
 * and stores the change's sequence number as the offset. An unreachable feed, HTTP 5xx or a non-zero
 * {@code error_code} is waited out (retry from the same cursor, nothing skipped); HTTP 4xx means the
 * configuration is wrong and stops the task with the URL and status.
 */
public final class DossierApiSourceTask extends SourceTask {

    private static final Logger LOG = LoggerFactory.getLogger(DossierApiSourceTask.class);
    private static final String SOURCE = "tthc-api";

    private DossierApiSourceConfig config;
    private DossierRecordMapping mapping;
    private WireFormatSerializer serializer;
    private HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock = Clock.systemUTC();
    private long cursor;
    private IntakeCounts counts;

    @Override
    public String version() {
        return ConnectorVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new DossierApiSourceConfig(props);
        AgencyCommuneMapping agencies = AgencyCommuneMapping.read(config.agencyMappingFile(), DossierFileSourceConfig.AGENCY_MAPPING_CONFIG);
        mapping = new DossierRecordMapping(agencies, new Pseudonymiser(PseudonymKey.readFrom(config.pseudonymKeyFile(), DossierFileSourceConfig.PSEUDONYM_KEY_FILE_CONFIG)));
        serializer = new WireFormatSerializer(config.registryUrl());
        http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(config.requestTimeoutMs())).build();
        counts = new IntakeCounts(context.pluginMetrics(), SOURCE);
        Map<String, Object> stored = context.offsetStorageReader().offset(partition());
        cursor = stored != null && stored.get("cursor") instanceof Number number ? number.longValue() : 0;
        LOG.info("Reading the one-stop change feed {} from cursor {}", config.apiUrl(), cursor);
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        JsonNode page = fetch();
        if (page == null) {
            Thread.sleep(config.retryBackoffMs());
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
            Map<String, Long> offset = new TreeMap<>(Map.of("cursor", sequence, "protocol", 1L));
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

    /** One page after the cursor, or null when the feed cannot answer now. */
    private JsonNode fetch() throws InterruptedException {
        URI uri = URI.create(config.apiUrl() + (config.apiUrl().contains("?") ? "&" : "?") + "tu=" + cursor + "&soLuong=" + config.pageSize());
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(config.requestTimeoutMs())).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("The one-stop feed {} cannot be reached ({}); retrying from cursor {}", config.apiUrl(), e.toString(), cursor);
            return null;
        }
        if (response.statusCode() >= 500) {
            LOG.warn("The one-stop feed answered HTTP {}; retrying from cursor {}", response.statusCode(), cursor);
            return null;
        }
        if (response.statusCode() != 200) {
            throw new ConnectException("The one-stop feed " + uri + " answered HTTP " + response.statusCode() + ": check api.url and the feed's access rights");
        }
        try {
            JsonNode page = json.readTree(response.body());
            if (!"0".equals(page.path("error_code").asText())) {
                LOG.warn("The one-stop feed answered error_code {} ({}); retrying from cursor {}", page.path("error_code").asText(), IdentifierMask.mask(page.path("message").asText()), cursor);
                return null;
            }
            return page;
        } catch (IOException e) {
            LOG.warn("The one-stop feed answered something that is not JSON; retrying from cursor {}", cursor);
            return null;
        }
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
