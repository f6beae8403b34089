package vn.thanhhoa.cds.reports.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Posts a JSON document to a webhook with the JDK's HTTP client; anything but a 2xx answer is a failure. */
public final class WebhookSender {

    private final HttpClient client;
    private final Duration timeout;

    public WebhookSender(Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
    }

    public void post(String url, String json) throws DeliveryFailure {
        post(url, json, null);
    }

    /**
     * @param idempotencyKey sent as {@code Idempotency-Key} when not null (the alert id), so that a receiver can drop
     *                       the rare second delivery of one notification (a crash between sending and recording it)
     */
    public void post(String url, String json, String idempotencyKey) throws DeliveryFailure {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8");
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        HttpRequest request = builder.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                String body = response.body() == null ? "" : response.body();
                throw new DeliveryFailure("The webhook " + url + " answered HTTP " + response.statusCode()
                        + (body.isBlank() ? "" : ": " + body.substring(0, Math.min(200, body.length()))));
            }
        } catch (IOException e) {
            throw new DeliveryFailure("The webhook " + url + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("Posting to the webhook " + url + " was interrupted", e);
        }
    }
}
