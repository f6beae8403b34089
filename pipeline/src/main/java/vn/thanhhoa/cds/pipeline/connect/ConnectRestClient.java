package vn.thanhhoa.cds.pipeline.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Kafka Connect's REST API, the part a deployment is set up, watched and repaired with: connector
 * configurations, the state of every connector and task, and restarting a failed task. The same calls work on a standalone worker
 * (the demo) and a distributed cluster (production).
 */
public final class ConnectRestClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();

    /** @param baseUrl the worker's REST address, e.g. {@code http://connect:8083} */
    public ConnectRestClient(String baseUrl) {
        this.baseUrl = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    public String baseUrl() {
        return baseUrl.toString();
    }

    /** Every connector with its tasks, in name order. */
    public List<ConnectorHealth> connectors() throws IOException, InterruptedException {
        JsonNode body = send(HttpRequest.newBuilder(baseUrl.resolve("connectors?expand=status")).GET());
        List<ConnectorHealth> connectors = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode status = entry.getValue().path("status");
            List<ConnectorHealth.Task> tasks = new ArrayList<>();
            for (JsonNode task : status.path("tasks")) {
                tasks.add(new ConnectorHealth.Task(task.path("id").asInt(), task.path("state").asText(), firstLine(task.path("trace"))));
            }
            tasks.sort(java.util.Comparator.comparingInt(ConnectorHealth.Task::id));
            JsonNode connector = status.path("connector");
            connectors.add(new ConnectorHealth(entry.getKey(), connector.path("state").asText("UNKNOWN"), firstLine(connector.path("trace")), tasks));
        }
        connectors.sort(java.util.Comparator.comparing(ConnectorHealth::name));
        return connectors;
    }

    /** The configuration the worker holds for a connector, or empty when there is no such connector. */
    public java.util.Optional<Map<String, String>> connectorConfig(String connector) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(connectorUri(connector, "/config")).GET().timeout(TIMEOUT)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 404) {
            return java.util.Optional.empty();
        }
        if (response.statusCode() >= 300) {
            throw new IOException("Kafka Connect at " + baseUrl + " answered HTTP " + response.statusCode() + " to GET "
                    + response.uri().getPath() + ": " + response.body());
        }
        Map<String, String> config = new java.util.TreeMap<>();
        json.readTree(response.body()).fields().forEachRemaining(entry -> config.put(entry.getKey(), entry.getValue().asText()));
        return java.util.Optional.of(config);
    }

    /** Creates the connector, or replaces its configuration (Connect then restarts it with the new one). */
    public void putConnectorConfig(String connector, Map<String, String> config) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(connectorUri(connector, "/config")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(config), StandardCharsets.UTF_8)));
    }

    private URI connectorUri(String connector, String tail) {
        return baseUrl.resolve("connectors/" + URLEncoder.encode(connector, StandardCharsets.UTF_8).replace("+", "%20") + tail);
    }

    /** Asks the worker to restart one task; it answers at once and the task starts in the background. */
    public void restartTask(String connector, int task) throws IOException, InterruptedException {
        URI uri = connectorUri(connector, "/tasks/" + task + "/restart");
        send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Restarts a failed connector instance (not its tasks). */
    public void restartConnector(String connector) throws IOException, InterruptedException {
        URI uri = connectorUri(connector, "/restart");
        send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(TIMEOUT).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw new IOException("Kafka Connect at " + baseUrl + " answered HTTP " + response.statusCode() + " to "
                    + response.request().method() + " " + response.uri().getPath() + ": " + response.body());
        }
        String body = response.body();
        return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
    }

    /** The exception line of a Java trace: "org.apache…ConnectException: reading x failed: …". */
    private static String firstLine(JsonNode trace) {
        if (trace.isMissingNode() || trace.isNull()) {
            return null;
        }
        String text = trace.asText().strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
