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

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path directory;
    private static TestDashboards dashboards;

    @org.junit.jupiter.api.BeforeAll
    static void open() {
        dashboards = new TestDashboards(directory);
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        dashboards.close();
    }

    @Test
    void servesTheVietnamesePageAndTheStatusItIsGiven() throws Exception {
        PipelineStatus status = new PipelineStatus(Instant.parse("2026-11-23T02:00:00Z"),
                List.of(new PipelineStatus.Component("Kafka", "127.0.0.1:9092", true)),
                new PipelineStatus.Connectors(List.of(new PipelineStatus.Connector("telecom-report", "RUNNING", null,
                        List.of(new PipelineStatus.Task(0, "FAILED", "org.apache.kafka.connect.errors.ConnectException: the input folder /x cannot be listed")))), null, 2),
                List.of(new PipelineStatus.Topic("ref.indicator-target", 1234)),
                List.of(new PipelineStatus.Table("cds.indicator_value", 56)));
        try (DashboardServer server = dashboards.start(null, () -> status)) {
            SignedIn analyst = SignedIn.as(server.url(), "phantich", TestDashboards.PASSWORD);
            HttpResponse<String> page = analyst.get("");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).contains("text/html"));
            assertThat(page.body()).contains("Theo dõi chỉ tiêu chuyển đổi số cấp xã — tỉnh Thanh Hóa");

            String body = analyst.get("api/status").body();
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

    @Test
    void sendsAPersonWhoIsNotSignedInToTheLoginPageAndAnApiCallerA401() throws Exception {
        try (DashboardServer server = dashboards.start(null)) {
            HttpResponse<String> page = get(server.url() + "tong-quan");
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l).startsWith("/dang-nhap"));
            HttpResponse<String> api = get(server.url() + "api/status");
            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(api.body()).contains("đăng nhập");
            assertThat(get(server.url() + "dang-nhap").body()).contains("Tên đăng nhập");
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
