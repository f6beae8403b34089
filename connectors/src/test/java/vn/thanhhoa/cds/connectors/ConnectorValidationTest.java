package vn.thanhhoa.cds.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.connectors.health.HealthRecordFileSourceConfig;
import vn.thanhhoa.cds.connectors.health.HealthRecordFileSourceConnector;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed.Topics;

/**
 * Connect's {@code PUT /connector-plugins/<class>/config/validate} on the embedded worker reports the
 * reference files a connector cannot read next to their keys (a missing key file, a commune list that
 * is not one), so that an operator sees them before deploying instead of a failed task.
 */
@ExtendWith(ConnectorTestBed.Extension.class)
class ConnectorValidationTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aMissingKeyFileAndAnUnreadableCommuneListAreReportedByTheirKeys(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.health.record", "validate");
        Path input = bed.folder("validate/in");
        Path communes = Files.writeString(input.resolveSibling("communes.csv"), "this is not a commune list\n15442\n");
        Map<String, String> settings = bed.folderSettings(input, topics);
        settings.put(HealthRecordFileSourceConfig.COMMUNE_CODES_CONFIG, communes.toString());
        settings.put(HealthRecordFileSourceConfig.PSEUDONYM_KEY_FILE_CONFIG, input.resolveSibling("no-such-key").toString());

        Map<String, String> errors = validate(bed, HealthRecordFileSourceConfig.connectorConfig(settings));

        assertThat(errors).containsOnlyKeys(HealthRecordFileSourceConfig.COMMUNE_CODES_CONFIG, HealthRecordFileSourceConfig.PSEUDONYM_KEY_FILE_CONFIG);
        assertThat(errors.get(HealthRecordFileSourceConfig.PSEUDONYM_KEY_FILE_CONFIG)).contains("no-such-key", "cannot be read");
        assertThat(errors.get(HealthRecordFileSourceConfig.COMMUNE_CODES_CONFIG)).contains("communes.csv");

        // The same settings with readable files: nothing to report.
        Files.writeString(communes, "commune_code,valid_from,valid_to\n15442,2025-07-01,\n");
        settings.put(HealthRecordFileSourceConfig.PSEUDONYM_KEY_FILE_CONFIG, bed.pseudonymKey().toString());
        assertThat(validate(bed, HealthRecordFileSourceConfig.connectorConfig(settings))).isEmpty();
    }

    /** The error messages Connect's REST API reports, by key. */
    private Map<String, String> validate(ConnectorTestBed bed, Map<String, String> settings) throws Exception {
        Map<String, String> config = new java.util.HashMap<>(settings);
        config.put("name", "health-validate");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bed.stack().connect().restPort()
                        + "/connector-plugins/" + HealthRecordFileSourceConnector.class.getSimpleName() + "/config/validate"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(config))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        Map<String, String> errors = new TreeMap<>();
        for (JsonNode entry : body.get("configs")) {
            JsonNode value = entry.get("value");
            if (!value.get("errors").isEmpty()) {
                errors.put(value.get("name").asText(), value.get("errors").toString());
            }
        }
        assertThat(body.get("error_count").asInt()).as(response.body()).isEqualTo(errors.size());
        return errors;
    }
}
