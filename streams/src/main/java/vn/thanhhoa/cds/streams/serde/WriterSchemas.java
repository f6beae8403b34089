package vn.thanhhoa.cds.streams.serde;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.kafka.common.errors.SerializationException;
import vn.thanhhoa.cds.schemas.serde.ConfluentWireFormat;

/**
 * The schema a record was written with, by the id in its wire format, from the registry's
 * Confluent-compatible API ({@code GET /apis/ccompat/v7/schemas/ids/{id}}), which resolves the
 * content ids the pipeline writes ({@link ConfluentWireFormat}).
 */
final class WriterSchemas {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();

    /** @param registryBaseUrl the registry's base URL, e.g. {@code http://127.0.0.1:8081} */
    WriterSchemas(String registryBaseUrl) {
        this.baseUrl = registryBaseUrl.replaceAll("/+$", "");
    }

    Schema byId(int id) {
        URI uri = URI.create(baseUrl + ConfluentWireFormat.CONFLUENT_API_PATH + "/schemas/ids/" + id);
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SerializationException("the schema registry at " + baseUrl + " cannot be reached for schema " + id + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SerializationException("interrupted while asking the schema registry for schema " + id, e);
        }
        if (response.statusCode() != 200) {
            throw new SerializationException("the schema registry at " + baseUrl + " answered HTTP " + response.statusCode() + " for schema " + id);
        }
        try {
            return new Schema.Parser().parse(json.readTree(response.body()).path("schema").asText());
        } catch (IOException | SchemaParseException e) {
            throw new SerializationException("schema " + id + " from the registry at " + baseUrl + " is not an Avro schema: " + e.getMessage(), e);
        }
    }
}
