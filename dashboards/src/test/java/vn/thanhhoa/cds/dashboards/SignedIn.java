package vn.thanhhoa.cds.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** An HTTP client signed in to a dashboard as a browser would be: session cookie and CSRF token on every request. */
public final class SignedIn {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String sessionCookie;
    private final String csrf;

    private SignedIn(String baseUrl, String sessionCookie, String csrf) {
        this.baseUrl = baseUrl;
        this.sessionCookie = sessionCookie;
        this.csrf = csrf;
    }

    /** Signs in through the login page's own steps (its CSRF cookie, then the JSON post); fails the test on a refusal. */
    public static SignedIn as(String baseUrl, String login, String password) throws Exception {
        HttpResponse<String> answer = attempt(baseUrl, login, password);
        if (answer.statusCode() != 200) {
            throw new AssertionError("sign-in of " + login + " refused: " + answer.statusCode() + " " + answer.body());
        }
        String session = cookie(answer, "cds_phien").orElseThrow(() -> new AssertionError("no session cookie"));
        return new SignedIn(baseUrl, session, new ObjectMapper().readTree(answer.body()).get("csrf").asText());
    }

    /** One sign-in attempt, as the login page makes it. */
    public static HttpResponse<String> attempt(String baseUrl, String login, String password) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "dang-nhap")).build(), HttpResponse.BodyHandlers.ofString());
        String token = cookie(page, "cds_dn").orElseThrow(() -> new AssertionError("login page set no CSRF cookie"));
        String body = new ObjectMapper().createObjectNode().put("ten", login).put("matKhau", password).toString();
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "api/dang-nhap")).header("Content-Type", "application/json")
                .header("Cookie", "cds_dn=" + token).header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static Optional<String> cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }

    /** A request to {@code path} (relative to the server's root) carrying the session and the CSRF token. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Cookie", "cds_phien=" + sessionCookie).header("X-CSRF-Token", csrf);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> bytes(String path) throws Exception {
        return HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return new ObjectMapper().readTree(response.body());
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws Exception {
        return HTTP.send(request, handler);
    }

    public String sessionCookie() {
        return sessionCookie;
    }
}
