package vn.thanhhoa.cds.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.cds.dashboards.status.PipelineStatus;

class DashboardServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheVietnamesePageAndTheStatusItIsGiven() throws Exception {
        PipelineStatus status = new PipelineStatus(Instant.parse("2026-11-23T02:00:00Z"),
                List.of(new PipelineStatus.Component("Kafka", "127.0.0.1:9092", true)),
                new PipelineStatus.Connectors(List.of(new PipelineStatus.Connector("telecom-report", "RUNNING", null,
                        List.of(new PipelineStatus.Task(0, "FAILED", "org.apache.kafka.connect.errors.ConnectException: the input folder /x cannot be listed")))), null, 2),
                List.of(new PipelineStatus.Topic("ref.indicator-target", 1234)),
                List.of(new PipelineStatus.Table("cds.indicator_value", 56)));
        try (DashboardServer server = DashboardServer.start("127.0.0.1", 0, () -> status)) {
            HttpResponse<String> page = get(server.url());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).contains("text/html"));
            assertThat(page.body()).contains("Theo dõi chỉ tiêu chuyển đổi số cấp xã — tỉnh Thanh Hóa");

            String body = get(server.url() + "api/status").body();
            JsonNode json = new ObjectMapper().readTree(body);
            assertThat(json.has("components")).as(body).isTrue();
            assertThat(json.at("/components/0/address").asText()).isEqualTo("127.0.0.1:9092");
            assertThat(json.at("/topics/0/records").asLong()).isEqualTo(1234);
            assertThat(json.at("/connectors/connectors/0/tasks/0/state").asText()).isEqualTo("FAILED");
            assertThat(json.at("/connectors/connectors/0/tasks/0/reason").asText()).contains("cannot be listed");
            assertThat(json.at("/connectors/restarts").asLong()).isEqualTo(2);
            assertThat(json.at("/tables/0/name").asText()).isEqualTo("cds.indicator_value");
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
