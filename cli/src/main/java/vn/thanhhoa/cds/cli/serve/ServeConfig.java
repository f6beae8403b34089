package vn.thanhhoa.cds.cli.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Settings of the dashboard when it runs against real Kafka and a ClickHouse server (a deployment,
 * not the embedded demo). Each key can also be given as an environment variable: {@code CDS_} and
 * the key in upper case with dots as underscores ({@code clickhouse.jdbc.url} → {@code CDS_CLICKHOUSE_JDBC_URL}).
 */
public final class ServeConfig extends AbstractConfig {

    public static final String BOOTSTRAP_SERVERS_CONFIG = "kafka.bootstrap.servers";
    private static final String BOOTSTRAP_SERVERS_DOC = "Kafka brokers to read topic sizes from, host:port[,host:port…].";
    public static final String CLICKHOUSE_URL_CONFIG = "clickhouse.jdbc.url";
    private static final String CLICKHOUSE_URL_DOC = "JDBC URL of the ClickHouse server, e.g. jdbc:clickhouse://clickhouse:8123/default.";
    public static final String CLICKHOUSE_USER_CONFIG = "clickhouse.user";
    private static final String CLICKHOUSE_USER_DOC = "ClickHouse user. Default 'default'.";
    public static final String CLICKHOUSE_PASSWORD_CONFIG = "clickhouse.password";
    private static final String CLICKHOUSE_PASSWORD_DOC = "ClickHouse password. Default empty.";
    public static final String DATABASE_CONFIG = "clickhouse.database";
    private static final String DATABASE_DOC = "ClickHouse database holding the pipeline's tables. Default 'cds'.";
    public static final String HOST_CONFIG = "dashboard.host";
    private static final String HOST_DOC = "Address the dashboard listens on; 0.0.0.0 in a container. Default 127.0.0.1.";
    public static final String PORT_CONFIG = "dashboard.port";
    private static final String PORT_DOC = "Port the dashboard listens on. Default 8080.";
    public static final String REPORTS_DIR_CONFIG = "reports.inbox.dir";
    private static final String REPORTS_DIR_DOC = "Folder whose subfolders bank/, telecom/ and power/ are the input.dir of the three monthly-report "
            + "connectors; reports uploaded through the dashboard are put there. Empty (the default): uploads are off.";
    public static final String REPORTS_MAX_BYTES_CONFIG = "reports.max.bytes";
    private static final String REPORTS_MAX_BYTES_DOC = "Largest monthly report accepted by upload, in bytes. Default 20 MB.";

    public static final String DECLARATIONS_DIR_CONFIG = "declarations.inbox.dir";
    private static final String DECLARATIONS_DIR_DOC = "The declaration connector's input.dir: declarations made on the dashboard's page (/khai-bao) are "
            + "written there, one JSON line per file. Empty (the default): the page takes no declarations. Needs declarations.evidence.dir and "
            + "declarations.commune.codes.file.";
    public static final String EVIDENCE_DIR_CONFIG = "declarations.evidence.dir";
    private static final String EVIDENCE_DIR_DOC = "Folder where the evidence documents of declarations are kept for good (by commune and year, "
            + "named by their SHA-256); created if missing.";
    public static final String DECLARATION_COMMUNES_CONFIG = "declarations.commune.codes.file";
    private static final String DECLARATION_COMMUNES_DOC = "The declaration connector's commune.codes.file: the page checks each declaration with the "
            + "connector's own mapping, against the same communes.";
    public static final String EVIDENCE_MAX_BYTES_CONFIG = "declarations.evidence.max.bytes";
    private static final String EVIDENCE_MAX_BYTES_DOC = "Largest evidence document accepted, in bytes. Default 10 MB.";

    public static final String USERS_FILE_CONFIG = "dashboard.users.file";
    private static final String USERS_FILE_DOC = "JSON file of the people who may sign in to the dashboard: {\"users\": [{\"login\", \"name\", \"role\" "
            + "(PROVINCE_ANALYST, UNIT_REVIEWER, COMMUNE_OFFICER, REPORTING_BODY), \"unit\" (commune or parent unit code), \"body\" (BANK, TELECOM, POWER), "
            + "\"passwordHash\" (BCrypt, e.g. from htpasswd -nbBC 12)}]}. Checked at start-up; serve refuses to start without it.";

    public static final String CONNECT_URL_CONFIG = "connect.rest.url";
    private static final String CONNECT_URL_DOC = "REST address of the Kafka Connect cluster, e.g. http://connect:8083: the status page shows every "
            + "connector's and task's state, and failed tasks are restarted with back-off. Empty (the default): neither.";

    /** Reporting body → its subfolder of {@link #REPORTS_DIR_CONFIG}, in the order the upload page lists them. */
    private static final Map<String, String> REPORT_SUBFOLDERS = reportSubfolders();

    private static Map<String, String> reportSubfolders() {
        Map<String, String> subfolders = new LinkedHashMap<>();
        vn.thanhhoa.cds.connectors.report.ReportBodies.all()
                .forEach(body -> subfolders.put(body.name(), vn.thanhhoa.cds.connectors.report.ReportBodies.name(body)));
        return Collections.unmodifiableMap(subfolders);
    }

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(BOOTSTRAP_SERVERS_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, BOOTSTRAP_SERVERS_DOC)
            .define(CLICKHOUSE_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, CLICKHOUSE_URL_DOC)
            .define(CLICKHOUSE_USER_CONFIG, Type.STRING, "default", Importance.MEDIUM, CLICKHOUSE_USER_DOC)
            .define(CLICKHOUSE_PASSWORD_CONFIG, Type.PASSWORD, "", Importance.MEDIUM, CLICKHOUSE_PASSWORD_DOC)
            .define(DATABASE_CONFIG, Type.STRING, "cds", new ConfigDef.NonEmptyString(), Importance.LOW, DATABASE_DOC)
            .define(HOST_CONFIG, Type.STRING, "127.0.0.1", Importance.LOW, HOST_DOC)
            .define(PORT_CONFIG, Type.INT, 8080, Range.between(0, 65535), Importance.LOW, PORT_DOC)
            .define(REPORTS_DIR_CONFIG, Type.STRING, "", Importance.MEDIUM, REPORTS_DIR_DOC)
            .define(REPORTS_MAX_BYTES_CONFIG, Type.LONG, 20L * 1024 * 1024, Range.atLeast(1), Importance.LOW, REPORTS_MAX_BYTES_DOC)
            .define(CONNECT_URL_CONFIG, Type.STRING, "", Importance.MEDIUM, CONNECT_URL_DOC)
            .define(USERS_FILE_CONFIG, Type.STRING, "", Importance.HIGH, USERS_FILE_DOC)
            .define(DECLARATIONS_DIR_CONFIG, Type.STRING, "", Importance.MEDIUM, DECLARATIONS_DIR_DOC)
            .define(EVIDENCE_DIR_CONFIG, Type.STRING, "", Importance.MEDIUM, EVIDENCE_DIR_DOC)
            .define(DECLARATION_COMMUNES_CONFIG, Type.STRING, "", Importance.MEDIUM, DECLARATION_COMMUNES_DOC)
            .define(EVIDENCE_MAX_BYTES_CONFIG, Type.LONG, 10L * 1024 * 1024, Range.atLeast(1), Importance.LOW, EVIDENCE_MAX_BYTES_DOC);

    public ServeConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals, false);
    }

    /** Settings from {@code CDS_*} environment variables over the given ones. */
    public static ServeConfig fromEnvironment(Map<String, String> given, Map<String, String> environment) {
        return new ServeConfig(vn.thanhhoa.cds.cli.Settings.withEnvironment(given, CONFIG_DEF, environment));
    }

    public String bootstrapServers() {
        return getString(BOOTSTRAP_SERVERS_CONFIG);
    }

    public String clickHouseUrl() {
        return getString(CLICKHOUSE_URL_CONFIG);
    }

    public String clickHouseUser() {
        return getString(CLICKHOUSE_USER_CONFIG);
    }

    public String clickHousePassword() {
        Password password = getPassword(CLICKHOUSE_PASSWORD_CONFIG);
        return password == null ? "" : password.value();
    }

    public String database() {
        return getString(DATABASE_CONFIG);
    }

    public String host() {
        return getString(HOST_CONFIG);
    }

    public int port() {
        return getInt(PORT_CONFIG);
    }

    /** The watched folder of each reporting body, created if missing; empty when uploads are off. */
    public Optional<Map<String, Path>> reportFolders() {
        String directory = getString(REPORTS_DIR_CONFIG);
        if (directory.isBlank()) {
            return Optional.empty();
        }
        Map<String, Path> folders = new LinkedHashMap<>();
        for (Map.Entry<String, String> body : REPORT_SUBFOLDERS.entrySet()) {
            Path folder = Path.of(directory).resolve(body.getValue());
            try {
                Files.createDirectories(folder);
            } catch (IOException | InvalidPathException e) {
                throw new ConfigException(REPORTS_DIR_CONFIG, directory, "the report folder " + folder + " cannot be created (" + e.getMessage() + ")");
            }
            folders.put(body.getKey(), folder);
        }
        return Optional.of(folders);
    }

    public long reportMaxBytes() {
        return getLong(REPORTS_MAX_BYTES_CONFIG);
    }

    /** The dashboard's users file, which must exist (its content is checked by the dashboard). */
    public Path usersFile() {
        String file = getString(USERS_FILE_CONFIG);
        if (file.isBlank()) {
            throw new ConfigException(USERS_FILE_CONFIG, file, "the dashboard needs a users file (nobody could sign in without one)");
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new ConfigException(USERS_FILE_CONFIG, file, "not a file path");
        }
        if (!Files.isReadable(path)) {
            throw new ConfigException(USERS_FILE_CONFIG, file, "the dashboard users file does not exist or cannot be read");
        }
        return path;
    }

    /** Where declarations go, where their evidence is kept and the communes they are checked against; empty when the page takes none. */
    public Optional<Declarations> declarations() {
        String inbox = getString(DECLARATIONS_DIR_CONFIG).strip();
        if (inbox.isEmpty()) {
            return Optional.empty();
        }
        Path folder = path(DECLARATIONS_DIR_CONFIG, inbox);
        if (!Files.isDirectory(folder)) {
            throw new ConfigException(DECLARATIONS_DIR_CONFIG, inbox, "the declaration connector's folder does not exist (it must be the connector's input.dir)");
        }
        String evidence = getString(EVIDENCE_DIR_CONFIG).strip();
        if (evidence.isEmpty()) {
            throw new ConfigException(EVIDENCE_DIR_CONFIG, evidence, "declarations are taken (" + DECLARATIONS_DIR_CONFIG + " is set) but no folder keeps their evidence");
        }
        Path evidenceFolder = path(EVIDENCE_DIR_CONFIG, evidence);
        try {
            Files.createDirectories(evidenceFolder);
        } catch (IOException e) {
            throw new ConfigException(EVIDENCE_DIR_CONFIG, evidence, "the evidence folder cannot be created (" + e.getMessage() + ")");
        }
        String communes = getString(DECLARATION_COMMUNES_CONFIG).strip();
        Path communesFile = communes.isEmpty() ? null : path(DECLARATION_COMMUNES_CONFIG, communes);
        if (communesFile == null || !Files.isReadable(communesFile)) {
            throw new ConfigException(DECLARATION_COMMUNES_CONFIG, communes, "declarations are taken but the declaration connector's commune list is missing or cannot be read");
        }
        return Optional.of(new Declarations(folder, evidenceFolder, communesFile, getLong(EVIDENCE_MAX_BYTES_CONFIG)));
    }

    /** The declaration page's folders and commune list, checked. */
    public record Declarations(Path inbox, Path evidence, Path communeCodes, long evidenceMaxBytes) {
    }

    private static Path path(String key, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new ConfigException(key, value, "not a file path");
        }
    }

    /** The Connect cluster to watch; empty when none is configured. */
    public Optional<String> connectUrl() {
        String url = getString(CONNECT_URL_CONFIG).strip();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new ConfigException(CONNECT_URL_CONFIG, url, "the Kafka Connect REST address must start with http:// or https://");
        }
        return Optional.of(url);
    }
}
