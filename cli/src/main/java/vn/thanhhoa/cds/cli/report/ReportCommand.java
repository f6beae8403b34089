package vn.thanhhoa.cds.cli.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.types.Password;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.cli.Settings;
import vn.thanhhoa.cds.reports.archive.GeneratedReport;
import vn.thanhhoa.cds.reports.archive.ReportArchive;
import vn.thanhhoa.cds.reports.archive.ReportFormat;
import vn.thanhhoa.cds.reports.format.VietnameseFormat;
import vn.thanhhoa.cds.reports.generation.ReportGenerator;
import vn.thanhhoa.cds.reports.monthly.IndicatorValueHistory;
import vn.thanhhoa.cds.reports.monthly.KeyRatios;
import vn.thanhhoa.cds.reports.monthly.MonthlyReportAssembler;
import vn.thanhhoa.cds.reports.monthly.ReportMonth;
import vn.thanhhoa.cds.reports.pdf.Letterhead;
import vn.thanhhoa.cds.reports.pdf.ReportFonts;
import vn.thanhhoa.cds.store.ClickHouse;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;
import vn.thanhhoa.cds.store.jdbc.JdbcClickHouse;

/**
 * {@code ./cds report --unit <code|province> --month yyyy-MM --format pdf|xlsx --out FILE}: one
 * monthly report, as the figures stood at the month's end, from a ClickHouse server
 * ({@code --set clickhouse.jdbc.url=…} or {@code CDS_CLICKHOUSE_JDBC_URL}) or from a stopped demo's
 * data directory ({@code --data-dir}, default {@code var/demo}). {@code --archive} also keeps it in
 * {@code report_archive}.
 */
public final class ReportCommand {

    static final String URL_CONFIG = "clickhouse.jdbc.url";
    static final String USER_CONFIG = "clickhouse.user";
    static final String PASSWORD_CONFIG = "clickhouse.password";
    static final String DATABASE_CONFIG = "clickhouse.database";
    static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(URL_CONFIG, Type.STRING, "", Importance.HIGH,
                    "JDBC URL of the ClickHouse server to read; empty (the default): the embedded engine of --data-dir.")
            .define(USER_CONFIG, Type.STRING, "default", Importance.MEDIUM, "ClickHouse user. Default 'default'.")
            .define(PASSWORD_CONFIG, Type.PASSWORD, "", Importance.MEDIUM, "ClickHouse password. Default empty.")
            .define(DATABASE_CONFIG, Type.STRING, "cds", new ConfigDef.NonEmptyString(), Importance.LOW, "Database of the pipeline's tables. Default 'cds'.");

    public int run(List<String> args, PrintStream out) {
        String unit = null;
        String month = null;
        String format = null;
        Path file = null;
        Path dataDirectory = Path.of("var", "demo");
        boolean archive = false;
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--unit" -> unit = value(args, ++i, option);
                case "--month" -> month = value(args, ++i, option);
                case "--format" -> format = value(args, ++i, option);
                case "--out" -> file = Path.of(value(args, ++i, option));
                case "--data-dir" -> dataDirectory = Path.of(value(args, ++i, option));
                case "--archive" -> archive = true;
                case "--set" -> {
                    settings.add(option);
                    settings.add(value(args, ++i, option));
                }
                default -> throw new IllegalArgumentException("report does not know the option '" + option
                        + "': use --unit CODE|province --month yyyy-MM --format pdf|xlsx --out FILE [--data-dir DIR] [--archive] [--set key=value].");
            }
        }
        if (unit == null || month == null || format == null || file == null) {
            throw new IllegalArgumentException("report needs --unit CODE|province, --month yyyy-MM, --format pdf|xlsx and --out FILE.");
        }
        ReportFormat reportFormat = ReportFormat.parse(format);
        ReportMonth reportMonth = ReportMonth.parse(month);
        AbstractConfig config = new AbstractConfig(CONFIG_DEF, Settings.of(settings, CONFIG_DEF, "report", System.getenv()), false);
        String database = config.getString(DATABASE_CONFIG);
        try (ClickHouseAccess access = open(config, dataDirectory)) {
            requireTables(access.clickHouse(), database, access.description());
            MonthlyReportAssembler assembler = new MonthlyReportAssembler(CatalogLoader.builtIn(), ReferenceData.load().units(),
                    new IndicatorValueHistory(access.clickHouse(), database), KeyRatios.DEFAULT, Clock.systemUTC());
            GeneratedReport report = new ReportGenerator(assembler, ReportFonts.load(), Letterhead.DEFAULT)
                    .generate(unit, reportMonth, List.of(reportFormat), List.of()).getFirst();
            write(file, report.content());
            if (archive) {
                new ReportArchive(access.clickHouse(), database, Optional.empty()).store(report);
            }
            out.println("Báo cáo " + VietnameseFormat.monthInWords(reportMonth.month()) + " — " + report.unitName()
                    + (report.provisional() ? " (tạm tính: tháng chưa kết thúc)" : "") + ": " + file.toAbsolutePath()
                    + " (" + report.content().length + " bytes, SHA-256 " + report.sha256() + (archive ? ", archived as " + report.reportId() : "") + ")");
        }
        return 0;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value.");
        }
        return args.get(index);
    }

    private static void write(Path file, byte[] content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, content);
        } catch (IOException e) {
            throw new IllegalArgumentException("The report cannot be written to " + file + ": " + e.getMessage(), e);
        }
    }

    private static void requireTables(ClickHouse clickHouse, String database, String where) {
        long exists = clickHouse.query("EXISTS TABLE " + database + ".indicator_value_daily").getFirst().longValue("result");
        if (exists == 0) {
            throw new IllegalStateException(where + " has no table " + database + ".indicator_value_daily: run ./cds demo (or ./cds setup) first.");
        }
    }

    private static ClickHouseAccess open(AbstractConfig config, Path dataDirectory) {
        String url = config.getString(URL_CONFIG);
        if (!url.isBlank()) {
            Password password = config.getPassword(PASSWORD_CONFIG);
            JdbcClickHouse server = JdbcClickHouse.connect(url, config.getString(USER_CONFIG), password == null ? "" : password.value());
            return new ClickHouseAccess(server, null, "The ClickHouse server " + url);
        }
        Path directory = dataDirectory.toAbsolutePath();
        if (!Files.isDirectory(directory.resolve("clickhouse"))) {
            throw new IllegalArgumentException("No demo data in " + directory + " (no clickhouse folder): give --data-dir of a demo, or --set clickhouse.jdbc.url=….");
        }
        FileLock lock = lockStack(directory);
        return new ClickHouseAccess(EmbeddedClickHouse.open(directory.resolve("clickhouse")), lock, "The demo data in " + directory);
    }

    /**
     * The embedded engine allows one process per data directory: take the lock a running demo holds
     * (runtime's StackDirectoryLock file), so that a running demo is reported instead of its tables opened twice.
     */
    private static FileLock lockStack(Path directory) {
        try {
            FileChannel channel = FileChannel.open(directory.resolve(".stack.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("The demo is running on " + directory + ": stop it first (its ClickHouse serves one process), "
                        + "or point --set clickhouse.jdbc.url at a server.");
            }
            return lock;
        } catch (IOException e) {
            throw new IllegalStateException("The demo data directory " + directory + " cannot be locked: " + e.getMessage(), e);
        }
    }

    private record ClickHouseAccess(ClickHouse clickHouse, FileLock lock, String description) implements AutoCloseable {
        @Override
        public void close() {
            clickHouse.close();
            if (lock != null) {
                try {
                    lock.channel().close();
                } catch (IOException e) {
                    // the lock goes with the process anyway
                }
            }
        }
    }
}
