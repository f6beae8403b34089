package vn.thanhhoa.cds.dashboards.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTML pages, kept under {@code /pages} on the classpath and served only by handlers that
 * checked the viewer first (static files would bypass the checks). The pages hold no data: they
 * fetch it from the APIs, which check again.
 */
public final class PageFiles {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public void serve(Context ctx, String name) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.header("Cache-Control", "no-store");
        ctx.result(cache.computeIfAbsent(name, PageFiles::read));
    }

    private static String read(String name) {
        try (InputStream in = PageFiles.class.getResourceAsStream("/pages/" + name)) {
            if (in == null) {
                throw new IllegalStateException("page /pages/" + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
