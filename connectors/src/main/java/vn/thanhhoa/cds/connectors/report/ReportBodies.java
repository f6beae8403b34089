package vn.thanhhoa.cds.connectors.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thanhhoa.cds.schemas.raw.ReportSource;

/**
 * The bodies that send monthly reports (the {@link ReportSource} symbols BANK, TELECOM, POWER) and the
 * name each goes by in folders, templates and dead letters ({@code bank}, {@code telecom}, {@code power}):
 * the one place they are named, for the connector's settings, the demo and {@code serve}. (The upload
 * page, which does not depend on the connectors, keeps the bodies' Vietnamese names.)
 */
public final class ReportBodies {

    private ReportBodies() {
    }

    /** Every body, in the order pages and folders list them. */
    public static List<ReportSource> all() {
        return List.of(ReportSource.values());
    }

    /** The codes {@code report.source} accepts. */
    public static String[] codes() {
        return all().stream().map(ReportSource::name).toArray(String[]::new);
    }

    /** The body's lower-case name: its folder, its shipped template {@code report-templates/<name>.csv}, its dead letters' source. */
    public static String name(ReportSource body) {
        return body.name().toLowerCase(Locale.ROOT);
    }

    /** Each body's input folder under {@code root}: {@code <root>/<name>/in}, keyed by code, in {@link #all()}'s order. */
    public static Map<String, Path> inputFolders(Path root) {
        Map<String, Path> folders = new LinkedHashMap<>();
        all().forEach(body -> folders.put(body.name(), root.resolve(name(body)).resolve("in")));
        return folders;
    }
}
