package vn.thanhhoa.cds.dashboards.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Chart.js, served from its webjar on the classpath at a path that does not change with its version
 * ({@code /thu-vien/chart.umd.js}): the pages never reach a CDN.
 */
public final class ChartLibrary {

    static final String PATH = "/thu-vien/chart.umd.js";
    private static final String POM = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private final byte[] script;

    private ChartLibrary(byte[] script) {
        this.script = script;
    }

    public static ChartLibrary fromClasspath() {
        Properties pom = new Properties();
        try (InputStream in = ChartLibrary.class.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("Chart.js is not on the classpath (webjar org.webjars.npm:chart.js; " + POM + " missing).");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String resource = "/META-INF/resources/webjars/chart.js/" + pom.getProperty("version") + "/dist/chart.umd.js";
        try (InputStream in = ChartLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Chart.js webjar has no " + resource + ".");
            }
            return new ChartLibrary(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void serve(Context ctx) {
        ctx.contentType("text/javascript; charset=utf-8");
        ctx.header("Cache-Control", "max-age=86400");
        ctx.result(script);
    }
}
