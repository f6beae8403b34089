package vn.thanhhoa.cds.simulators.tthc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake of the one-stop system's change feed over HTTP: {@code GET /api/dong-bo/ho-so?tu=<cursor>&soLuong=<n>}
 * returns the dossier snapshots after the cursor, in the order they happened:
 * {@code {"error_code":"0","message":"","data":[{"SoThuTu":n,"HoSo":{…}}],"TiepTheo":cursor}}
 * (the reply shape of the national sync API, error_code "0" meaning success). It serves the lines a
 * {@link DossierExportSimulator} wrote, and can be told to fail the next requests with HTTP 503.
 */
public final class OneStopApiServer implements AutoCloseable {

    public static final String PATH = "/api/dong-bo/ho-so";

    private final HttpServer server;
    private final List<String> changes;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger failuresToServe = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Answer> answers = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    /** One request as served: the cursor asked for ({@code tu}) and the HTTP status answered. */
    public record Answer(long cursor, int status) {
    }

    private OneStopApiServer(HttpServer server, List<String> changes) {
        this.server = server;
        this.changes = changes;
    }

    /** Serves, in file-name order, every line of the export files of {@code feed}. */
    public static OneStopApiServer serving(DossierFeed feed) {
        List<String> changes = new ArrayList<>();
        try {
            for (Path file : feed.files().stream().sorted().toList()) {
                changes.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            OneStopApiServer api = new OneStopApiServer(server, changes);
            server.createContext(PATH, api::handle);
            server.start();
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    public int changeCount() {
        return changes.size();
    }

    public int requestCount() {
        return requests.get();
    }

    /** Every request served so far, in order, with the cursor asked for and the status answered. */
    public List<Answer> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    /** The next {@code count} requests get HTTP 503, as when the one-stop system is down. */
    public void failNext(int count) {
        failuresToServe.set(count);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        URI uri = exchange.getRequestURI();
        long from = parameter(uri, "tu", 0);
        if (failuresToServe.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            answers.add(new Answer(from, 503));
            reply(exchange, 503, "{\"error_code\":\"503\",\"message\":\"Hệ thống đang bảo trì\"}");
            return;
        }
        answers.add(new Answer(from, 200));
        int size = (int) Math.min(1000, Math.max(1, parameter(uri, "soLuong", 100)));
        ObjectNode body = json.createObjectNode();
        body.put("error_code", "0").put("message", "");
        ArrayNode data = body.putArray("data");
        long next = from;
        for (long seq = from; seq < Math.min(changes.size(), from + size); seq++) {
            ObjectNode item = data.addObject();
            item.put("SoThuTu", seq + 1);
            String change = changes.get((int) seq);
            try {
                item.set("HoSo", json.readTree(change));
            } catch (com.fasterxml.jackson.core.JsonProcessingException broken) {
                // A record the system itself mangled still travels, as text: the reader must reject it.
                item.put("HoSo", change);
            }
            next = seq + 1;
        }
        body.put("TiepTheo", next);
        reply(exchange, 200, body.toString());
    }

    private static long parameter(URI uri, String name, long fallback) {
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                if (parts.length == 2 && parts[0].equals(name)) {
                    try {
                        return Long.parseLong(parts[1]);
                    } catch (NumberFormatException e) {
                        return fallback;
                    }
                }
            }
        }
        return fallback;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
