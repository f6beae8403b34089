package vn.thanhhoa.cds.dashboards;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body as a browser sends it: text fields and files, in order. */
public final class MultipartForm {

    private final String boundary = "----cds" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public MultipartForm field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    public MultipartForm file(String name, String fileName, String contentType, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\nContent-Type: "
                + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    /** POSTs the form to {@code path} as the signed-in user, with its session and CSRF token. */
    public HttpResponse<String> post(SignedIn as, String path) throws Exception {
        return as.send(as.request(path).header("Content-Type", contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(bytes())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The whole body, closing boundary included. */
    public byte[] bytes() {
        ByteArrayOutputStream closed = new ByteArrayOutputStream();
        closed.writeBytes(body.toByteArray());
        closed.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return closed.toByteArray();
    }

    private void write(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
