package vn.thanhhoa.cds.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A session on a running dashboard, signed in as its login page does it (the page's cookie token
 * sent back as the CSRF header), for the cli tests that drive the dashboard's API.
 */
public record DashboardSession(String baseUrl, String cookie, String csrf) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static DashboardSession signIn(String baseUrl, String login, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "dang-nhap")).build(), HttpResponse.BodyHandlers.ofString());
        String token = cookie(page, "cds_dn");
        String body = new ObjectMapper().createObjectNode().put("ten", login).put("matKhau", password).toString();
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "api/dang-nhap")).header("Content-Type", "application/json")
                .header("Cookie", "cds_dn=" + token).header("X-CSRF-Token", token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new AssertionError("signing in as " + login + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return new DashboardSession(baseUrl, cookie(answer, "cds_phien"), new ObjectMapper().readTree(answer.body()).get("csrf").asText());
    }

    /** A request to {@code path} (relative to the dashboard's root) carrying the session and its CSRF token. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Cookie", "cds_phien=" + cookie).header("X-CSRF-Token", csrf);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    public <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        return HTTP.send(request(path).build(), body);
    }

    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in the answer"));
    }
}
