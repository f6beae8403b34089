package vn.thanhhoa.cds.schemas.registry;

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
import java.util.Map;
import org.apache.avro.Schema;
import vn.thanhhoa.cds.schemas.serde.ConfluentWireFormat;

/**
 * Registers schemas through the registry's Confluent-compatible API, each subject under BACKWARD
 * compatibility: a new version must be able to read data written with the previous one, so
 * consumers can be upgraded before producers. The registry refuses anything else (HTTP 409).
 */
public final class SchemaRegistration {

    public static final String BACKWARD = "BACKWARD";
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final String api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** @param registryBaseUrl e.g. {@code http://127.0.0.1:8081} */
    public SchemaRegistration(String registryBaseUrl) {
        this.api = registryBaseUrl + ConfluentWireFormat.CONFLUENT_API_PATH;
    }

    /** Sets BACKWARD compatibility on the subject, then registers the schema; returns its id (a content id). */
    public int register(String subject, Schema schema) {
        put("/config/" + encode(subject), Map.of("compatibility", BACKWARD));
        JsonNode reply = post("/subjects/" + encode(subject) + "/versions", Map.of("schema", schema.toString()), subject);
        return reply.get("id").asInt();
    }

    /**
     * Whether the subject already holds this schema under BACKWARD compatibility, so that
     * registering it again would change nothing (a setup run twice reports it unchanged).
     */
    public boolean isRegistered(String subject, Schema schema) {
        HttpResponse<String> lookup = exchange(HttpRequest.newBuilder(URI.create(api + "/subjects/" + encode(subject)))
                .POST(HttpRequest.BodyPublishers.ofString(write(Map.of("schema", schema.toString())))));
        if (lookup.statusCode() == 404) {
            return false;
        }
        check(lookup, subject);
        HttpResponse<String> config = exchange(HttpRequest.newBuilder(URI.create(api + "/config/" + encode(subject))).GET());
        if (config.statusCode() == 404) {
            return false;
        }
        return BACKWARD.equals(read(check(config, subject)).path("compatibilityLevel").asText());
    }

    /** The compatibility level the registry holds for the subject. */
    public String compatibility(String subject) {
        return send(HttpRequest.newBuilder(URI.create(api + "/config/" + encode(subject))).GET(), subject).get("compatibilityLevel").asText();
    }

    private void put(String path, Map<String, String> body) {
        send(HttpRequest.newBuilder(URI.create(api + path)).PUT(HttpRequest.BodyPublishers.ofString(write(body))), path);
    }

    private JsonNode post(String path, Map<String, String> body, String subject) {
        return send(HttpRequest.newBuilder(URI.create(api + path)).POST(HttpRequest.BodyPublishers.ofString(write(body))), subject);
    }

    private JsonNode send(HttpRequest.Builder request, String subject) {
        return read(check(exchange(request), subject));
    }

    private static String check(HttpResponse<String> response, String subject) {
        if (response.statusCode() == 409) {
            throw new IncompatibleSchemaException("The registry refused the schema for " + subject + " as incompatible with its "
                    + "previous version under " + BACKWARD + ": " + response.body());
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("The registry answered HTTP " + response.statusCode() + " for " + subject + ": " + response.body());
        }
        return response.body();
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("The schema registry at " + api + " answered something that is not JSON: " + body, e);
        }
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Content-Type", CONTENT_TYPE).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("The schema registry at " + api + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while talking to the schema registry", e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8);
    }
}
