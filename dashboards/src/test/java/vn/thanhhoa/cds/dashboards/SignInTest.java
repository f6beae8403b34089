package vn.thanhhoa.cds.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in over HTTP: cookies, the login CSRF check, throttling, sign-out. */
class SignInTest {

    @TempDir
    static Path directory;
    private static TestDashboards dashboards;
    private static DashboardServer server;

    @BeforeAll
    static void start() {
        dashboards = new TestDashboards(directory);
        server = dashboards.start(null);
    }

    @AfterAll
    static void stop() {
        server.close();
        dashboards.close();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStrictAndTheAnswerSaysWhereToGo() throws Exception {
        HttpResponse<String> answer = SignedIn.attempt(server.url(), "canboxa", TestDashboards.PASSWORD);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().allValues("set-cookie")).anySatisfy(c -> assertThat(c).startsWith("cds_phien=").contains("HttpOnly", "SameSite=Strict"));
        assertThat(answer.body()).contains("\"home\":\"/xa/" + TestDashboards.OFFICER_COMMUNE + "\"", "\"role\":\"COMMUNE_OFFICER\"");
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameAnswer() throws Exception {
        HttpResponse<String> wrong = SignedIn.attempt(server.url(), "thamtra", "sai");
        HttpResponse<String> unknown = SignedIn.attempt(server.url(), "khongco", "sai");

        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).isEqualTo(unknown.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForThatLogin() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(SignedIn.attempt(server.url(), "dienluc", "sai-" + i).statusCode()).isEqualTo(403);
        }
        HttpResponse<String> right = SignedIn.attempt(server.url(), "dienluc", TestDashboards.PASSWORD);

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body()).contains("quá nhiều lần");
        assertThat(SignedIn.attempt(server.url(), "phantich", TestDashboards.PASSWORD).statusCode()).as("another login").isEqualTo(200);
    }

    @Test
    void aLoginPostWithoutTheLoginPagesTokenIsRefused() throws Exception {
        SignedIn any = SignedIn.as(server.url(), "phantich", TestDashboards.PASSWORD);
        HttpResponse<String> forged = any.send(HttpRequest.newBuilder(java.net.URI.create(server.url() + "api/dang-nhap"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ten\":\"phantich\",\"matKhau\":\"" + TestDashboards.PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        SignedIn officer = SignedIn.as(server.url(), "canboxa", TestDashboards.PASSWORD);
        assertThat(officer.get("api/phien").statusCode()).isEqualTo(200);

        HttpResponse<String> out = officer.send(officer.request("api/dang-xuat").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(out.statusCode()).isEqualTo(200);
        assertThat(officer.get("api/phien").statusCode()).isEqualTo(401);
    }
}
