package vn.thanhhoa.cds.sink.decode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import vn.thanhhoa.cds.schemas.serde.ConfluentWireFormat;

/**
 * Writer schemas by the id in a record's wire format, from the registry's Confluent-compatible API
 * ({@code GET /apis/ccompat/v7/schemas/ids/{id}}), as any Confluent-format reader resolves them.
 * The ids are content ids ({@link ConfluentWireFormat}), which that API resolves.
 */
public final class RegistrySchemas {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();

    /** @param registryBaseUrl the registry's base URL, e.g. {@code http://127.0.0.1:8081} */
    public RegistrySchemas(String registryBaseUrl) {
        this.baseUrl = registryBaseUrl.replaceAll("/+$", "");
    }

    /** The schema with this id; {@link UndecodableValueException} when the registry has none. */
    public Schema byId(int id) {
        URI uri = URI.create(baseUrl + ConfluentWireFormat.CONFLUENT_API_PATH + "/schemas/ids/" + id);
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RegistryUnavailableException("the schema registry at " + baseUrl + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("interrupted while asking the schema registry for schema " + id, e);
        }
        if (response.statusCode() == 404) {
            throw new UndecodableValueException("schema id " + id + " is not in the schema registry at " + baseUrl);
        }
        if (response.statusCode() != 200) {
            throw new RegistryUnavailableException("the schema registry answered HTTP " + response.statusCode() + " for " + uri, null);
        }
        try {
            JsonNode body = json.readTree(response.body());
            return new Schema.Parser().parse(body.path("schema").asText());
        } catch (IOException | SchemaParseException e) {
            throw new UndecodableValueException("schema id " + id + " from the registry is not an Avro schema: " + e.getMessage(), e);
        }
    }
}
