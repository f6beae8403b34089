package vn.thanhhoa.cds.catalog.command;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.load.CatalogFiles;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.catalog.load.ClasspathCatalogFiles;
import vn.thanhhoa.cds.catalog.load.DirectoryCatalogFiles;
import vn.thanhhoa.cds.catalog.load.LoadResult;
import vn.thanhhoa.cds.catalog.target.Assignment;
import vn.thanhhoa.cds.catalog.target.EffectiveTarget;
import vn.thanhhoa.cds.catalog.target.TargetTable;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * {@code cds catalog …}: inspect the indicator catalog.
 * <ul>
 *   <li>{@code targets --set 2023-2025 --year 2024 [--format csv] [--commune 15889 --on 2023-12-31] [--dir PATH]}</li>
 *   <li>{@code validate [--dir PATH]}</li>
 * </ul>
 * Exit codes: 0 fine (warnings allowed), 1 the catalog has errors, 2 the command line is wrong.
 */
public final class CatalogCommand {

    static final String USAGE = "usage: cds catalog targets --set SET --year YEAR [--format csv] "
            + "[--commune CODE --on YYYY-MM-DD] [--dir PATH] | cds catalog validate [--dir PATH]";
    static final String HEADER = "set,code,pillar,unit,year,operator,target";

    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            if (args.isEmpty()) {
                throw new UsageException("a subcommand is required");
            }
            List<String> rest = args.subList(1, args.size());
            return switch (args.getFirst()) {
                case "targets" -> targets(Options.parse(rest, Set.of("set", "year", "format", "commune", "on", "dir")), out, err);
                case "validate" -> validate(Options.parse(rest, Set.of("dir")), out, err);
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> throw new UsageException("unknown subcommand '" + args.getFirst() + "'");
            };
        } catch (UsageException e) {
            err.println("cds catalog: " + e.getMessage() + ". " + USAGE);
            return 2;
        }
    }

    private int validate(Options options, PrintStream out, PrintStream err) throws UsageException {
        LoadResult result = CatalogLoader.load(files(options));
        result.findings().forEach(out::println);
        long errors = result.findings().stream().filter(DataFinding::isError).count();
        long warnings = result.findings().size() - errors;
        err.println(errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
        return errors > 0 ? 1 : 0;
    }

    private int targets(Options options, PrintStream out, PrintStream err) throws UsageException {
        String setId = options.required("set");
        int year = year(options.required("year"));
        String format = options.get("format").orElse("csv");
        if (!format.equals("csv")) {
            throw new UsageException("unknown format '" + format + "' (only csv is supported)");
        }
        if (options.get("commune").isPresent() != options.get("on").isPresent()) {
            throw new UsageException("--commune and --on go together: a commune code means a unit only on a date");
        }
        LoadResult loaded = CatalogLoader.load(files(options));
        if (loaded.hasErrors()) {
            loaded.findings().stream().filter(DataFinding::isError).forEach(err::println);
            err.println("cds catalog: the catalog has errors; run `cds catalog validate` for details");
            return 1;
        }
        Catalog catalog = loaded.catalog();
        IndicatorSet set = catalog.set(setId).orElseThrow(() -> new UsageException(
                "unknown set '" + setId + "' (known: " + String.join(", ", catalog.sets().keySet()) + ")"));
        if (!set.covers(year)) {
            throw new UsageException("set " + setId + " has no targets for " + year + " (it covers " + set.years() + ")");
        }
        Optional<Assignment> assignment = Optional.empty();
        if (options.get("commune").isPresent()) {
            String code = options.get("commune").get();
            LocalDate on = date(options.get("on").get());
            assignment = catalog.assignment(setId, code, on);
            if (assignment.isEmpty()) {
                err.println("cds catalog: no assignment of set " + setId + " to the unit with code " + code + " on " + on
                        + "; printing the province defaults");
            }
        }
        out.println(HEADER);
        for (EffectiveTarget row : TargetTable.forYear(set, year, assignment)) {
            out.println(CsvRow.of(List.of(setId, row.indicator().code(), row.indicator().pillar().name(),
                    row.indicator().unit(), String.valueOf(year), row.target().operator().symbol(),
                    row.target().formatted())));
        }
        return 0;
    }

    private static CatalogFiles files(Options options) throws UsageException {
        Optional<String> dir = options.get("dir");
        if (dir.isEmpty()) {
            return new ClasspathCatalogFiles();
        }
        Path path = Path.of(dir.get());
        if (!Files.isDirectory(path)) {
            throw new UsageException("--dir " + dir.get() + " is not a folder");
        }
        return new DirectoryCatalogFiles(path);
    }

    private static int year(String text) throws UsageException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--year '" + text + "' is not a year");
        }
    }

    private static LocalDate date(String text) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--on '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
