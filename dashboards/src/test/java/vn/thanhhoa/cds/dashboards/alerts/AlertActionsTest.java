package vn.thanhhoa.cds.dashboards.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.dashboards.DashboardServer;
import vn.thanhhoa.cds.dashboards.SignedIn;
import vn.thanhhoa.cds.dashboards.TestDashboards;
import vn.thanhhoa.cds.store.ClickHouseValues;
import vn.thanhhoa.cds.store.Row;

/**
 * "Đã xem" and "Tắt thông báo" on the alert feed, through the API as the page calls it, over
 * alerts written into the embedded ClickHouse: who may acknowledge or mute what, what the feed
 * then shows, and the rows the notifier will read (newest choice wins, unmute included).
 */
class AlertActionsTest {

    private static final String OWN = TestDashboards.OFFICER_COMMUNE;
    /** Phường Hạc Thành: also under Thành phố Thanh Hóa (the reviewer's), not the officer's. */
    private static final String NEIGHBOUR = "14797";
    private static final String OWN_ALERT = OWN + "|2026|9|YEAR_TO_DATE|1|BELOW";
    private static final String NEIGHBOUR_ALERT = NEIGHBOUR + "|2026|4|YEAR_TO_DATE|1|BELOW";

    @TempDir
    static Path directory;
    static TestDashboards dashboards;
    static DashboardServer server;
    static SignedIn analyst;
    static SignedIn reviewer;
    static SignedIn officer;
    static SignedIn body;

    @BeforeAll
    static void start() throws Exception {
        dashboards = new TestDashboards(directory);
        dashboards.clickHouse().insert("cds.alert_commune", List.of(
                alert(OWN_ALERT, OWN, "9", Instant.parse("2026-11-20T02:00:00Z")),
                alert(NEIGHBOUR_ALERT, NEIGHBOUR, "4", Instant.parse("2026-11-20T03:00:00Z"))), null);
        server = dashboards.start(null);
        analyst = SignedIn.as(server.url(), "phantich", TestDashboards.PASSWORD);
        reviewer = SignedIn.as(server.url(), "thamtra", TestDashboards.PASSWORD);
        officer = SignedIn.as(server.url(), "canboxa", TestDashboards.PASSWORD);
        body = SignedIn.as(server.url(), "dienluc", TestDashboards.PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        dashboards.close();
    }

    @Test
    void anOfficerAcknowledgesTheirCommunesAlertAndTheFeedSaysWhoAndWhen() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        HttpResponse<String> done = post(officer, "api/canh-bao/da-xem", Map.of("ma", OWN_ALERT));
        assertThat(done.statusCode()).isEqualTo(200);
        Instant at = Instant.parse(new ObjectMapper().readTree(done.body()).get("luc").asText());
        assertThat(at).isBetween(before, Instant.now().plusSeconds(1));

        JsonNode feed = officer.json("api/canh-bao");
        JsonNode row = feed.get("tables").get("canh-bao").get("rows").get(0);
        assertThat(row.get("ma").asText()).isEqualTo(OWN_ALERT);
        String moment = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh")).format(at);
        assertThat(row.get("da-xem").asText()).isEqualTo("Cán bộ xã Hàm Rồng (" + moment + ")");
        assertThat(feed.get("actions").get(0).get("daXem").asBoolean()).isTrue();
        assertThat(reviewer.json("api/canh-bao").get("actions").findValuesAsText("ma")).contains(OWN_ALERT);

        // Again: the first moment stays, one row.
        assertThat(post(officer, "api/canh-bao/da-xem", Map.of("ma", OWN_ALERT)).statusCode()).isEqualTo(200);
        assertThat(dashboards.clickHouse().query("SELECT count() AS n FROM cds.alert_acknowledgement FINAL WHERE alert_id = '" + OWN_ALERT + "'")
                .getFirst().longValue("n")).isEqualTo(1);
        // The reviewer of the district may acknowledge it too; both are shown.
        assertThat(post(reviewer, "api/canh-bao/da-xem", Map.of("ma", OWN_ALERT)).statusCode()).isEqualTo(200);
        assertThat(new String(analyst.bytes("api/xuat/canh-bao/canh-bao.csv").body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Cán bộ xã Hàm Rồng (" + moment + "); Cán bộ thẩm tra (");
    }

    @Test
    void anAlertOutsideTheScopeOrUnknownOrMalformedIsRefused() throws Exception {
        HttpResponse<String> neighbour = post(officer, "api/canh-bao/da-xem", Map.of("ma", NEIGHBOUR_ALERT));
        assertThat(neighbour.statusCode()).isEqualTo(403);
        assertThat(neighbour.body()).contains(NEIGHBOUR);
        assertThat(post(officer, "api/canh-bao/da-xem", Map.of("ma", OWN + "|2026|9|YEAR_TO_DATE|99|BELOW")).statusCode()).isEqualTo(404);
        assertThat(post(officer, "api/canh-bao/da-xem", Map.of("ma", "x' OR 1=1 --")).statusCode()).isEqualTo(400);
        assertThat(post(body, "api/canh-bao/da-xem", Map.of("ma", OWN_ALERT)).statusCode()).isEqualTo(403);
        assertThat(officer.send(officer.request("api/canh-bao/da-xem").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
        assertThat(dashboards.clickHouse().query("SELECT count() AS n FROM cds.alert_acknowledgement FINAL WHERE alert_id = '" + NEIGHBOUR_ALERT + "'")
                .getFirst().longValue("n")).isZero();
    }

    @Test
    void aMuteHoldsUntilItIsUndoneAndAnOfficerMutesOnlyTheirCommune() throws Exception {
        assertThat(post(officer, "api/canh-bao/tat-thong-bao", mute("9", NEIGHBOUR, true)).statusCode()).isEqualTo(403);
        assertThat(post(officer, "api/canh-bao/tat-thong-bao", mute("999", OWN, true)).statusCode()).isEqualTo(400);
        assertThat(post(body, "api/canh-bao/tat-thong-bao", mute("9", "", true)).statusCode()).isEqualTo(403);

        assertThat(post(officer, "api/canh-bao/tat-thong-bao", mute("9", OWN, true)).statusCode()).isEqualTo(200);
        // "Every commune" from an officer is their commune.
        assertThat(post(officer, "api/canh-bao/tat-thong-bao", mute("13", "", true)).statusCode()).isEqualTo(200);
        assertThat(mutes(officer)).containsExactly("2026|13|" + OWN, "2026|9|" + OWN);
        assertThat(mutedInTable("canboxa")).containsExactly("2026|13|" + OWN, "2026|9|" + OWN);

        // Unmuted right after muting (the same millisecond is possible): the newest choice wins.
        assertThat(post(officer, "api/canh-bao/tat-thong-bao", mute("9", OWN, false)).statusCode()).isEqualTo(200);
        assertThat(mutes(officer)).containsExactly("2026|13|" + OWN);
        assertThat(mutedInTable("canboxa")).containsExactly("2026|13|" + OWN);
        assertThat(post(officer, "api/canh-bao/tat-thong-bao", mute("9", OWN, true)).statusCode()).isEqualTo(200);
        assertThat(post(officer, "api/canh-bao/tat-thong-bao", mute("9", OWN, false)).statusCode()).isEqualTo(200);
        assertThat(mutedInTable("canboxa")).containsExactly("2026|13|" + OWN);

        // A reviewer may mute an indicator for every commune; it is theirs alone.
        assertThat(post(reviewer, "api/canh-bao/tat-thong-bao", mute("4", "", true)).statusCode()).isEqualTo(200);
        assertThat(mutes(reviewer)).containsExactly("2026|4|");
        assertThat(mutes(analyst)).isEmpty();
    }

    private static Map<String, Object> mute(String indicator, String commune, boolean on) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bo", "2026");
        body.put("chiTieu", indicator);
        body.put("xa", commune);
        body.put("tat", on);
        return body;
    }

    private static List<String> mutes(SignedIn who) throws Exception {
        List<String> list = new ArrayList<>();
        who.json("api/canh-bao/tat-thong-bao").get("mutes").forEach(m -> list.add(m.get("bo").asText() + "|" + m.get("chiTieu").asText() + "|"
                + m.get("xa").asText()));
        return list;
    }

    /** What the notifier will read: the newest row of each key, muted ones. */
    private static List<String> mutedInTable(String login) {
        return dashboards.clickHouse().query("SELECT indicator_set, indicator_code, commune_code, argMax(muted, version) AS on FROM cds.alert_mute"
                        + " WHERE login = '" + login + "' GROUP BY indicator_set, indicator_code, commune_code HAVING on ORDER BY indicator_set, indicator_code")
                .stream().map((Row r) -> r.string("indicator_set") + "|" + r.string("indicator_code") + "|" + r.string("commune_code")).toList();
    }

    private static HttpResponse<String> post(SignedIn who, String path, Map<String, ?> json) throws Exception {
        return who.send(who.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(json))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> alert(String id, String commune, String indicator, Instant at) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("alert_id", id);
        row.put("episode_id", id.substring(0, id.lastIndexOf('|')));
        row.put("kind", "BELOW");
        row.put("commune_code", commune);
        row.put("indicator_set", "2026");
        row.put("indicator_code", indicator);
        row.put("year", 2026);
        row.put("window_kind", "YEAR_TO_DATE");
        row.put("value", 60.0);
        row.put("target", 80.0);
        row.put("message", "Tỉ lệ đạt 60,0%, dưới chỉ tiêu 80%.");
        row.put("raised_at", ClickHouseValues.dateTime64(at.toEpochMilli()));
        return row;
    }
}
