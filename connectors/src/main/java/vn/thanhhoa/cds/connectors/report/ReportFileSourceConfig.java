package vn.thanhhoa.cds.connectors.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import vn.thanhhoa.cds.connectors.ReferenceSettings;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.schemas.raw.ReportSource;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/**
 * Settings of the monthly report connector (one instance per reporting body: bank, telecom or power company).
 * Which column feeds which measure is data, not code: a CSV {@code header,measure}, by default the
 * template of the source shipped in {@code report-templates/}.
 */
public final class ReportFileSourceConfig extends FolderSourceConfig {

    public static final String SOURCE_CONFIG = "report.source";
    private static final String SOURCE_DOC = "Who files these reports: BANK (State Bank branch, commercial banks), TELECOM (operators and signature providers) or POWER (PC Thanh Hóa).";
    public static final String COLUMNS_FILE_CONFIG = "columns.file";
    private static final String COLUMNS_FILE_DOC = "CSV 'header,measure' naming the report's columns (as printed, two-level headers as 'top / sub') "
            + "and the catalog measure each feeds. Empty: the shipped template of the source (report-templates/<source>.csv).";
    public static final String COMMUNE_CODES_CONFIG = ReferenceSettings.COMMUNE_CODES_CONFIG;

    public static final String FINDINGS_TOPIC_CONFIG = "findings.topic";
    private static final String FINDINGS_TOPIC_DOC = "Topic of the data-quality findings (DataQualityFinding): values read but implausible "
            + "(ten times or a tenth of the month before, a part over its whole, a commune twice in a file), which still flow to the topic above. "
            + "Default " + PipelineTopics.DQ_FINDING.name() + ".";

    public static final String MAX_FILE_BYTES_CONFIG = "max.file.bytes";
    private static final String MAX_FILE_BYTES_DOC = "Largest report file read, in bytes; a larger one is quarantined unread. Default 16 MiB.";
    public static final String MAX_EXPANDED_BYTES_CONFIG = "max.expanded.bytes";
    private static final String MAX_EXPANDED_BYTES_DOC = "Most bytes an XLSX workbook may inflate to (all its parts), checked while streaming it "
            + "before it is parsed; a workbook that expands further is quarantined. Default 64 MiB.";
    public static final String MAX_ROWS_CONFIG = "max.rows";
    private static final String MAX_ROWS_DOC = "Most rows in a report (the sheet or the CSV); a report with more is quarantined. Default 10,000.";

    public static final ConfigDef CONFIG_DEF = ReferenceSettings.communeCodes(base(PipelineTopics.RAW_REPORTED_MEASURE.name(), "*.{csv,xlsx,CSV,XLSX}"),
                    "a row whose 'Mã xã' is not a unit at the end of the report's month is rejected.")
            .define(SOURCE_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.ValidString.in(ReportBodies.codes()), Importance.HIGH, SOURCE_DOC,
                    "Report", 1, ConfigDef.Width.SHORT, "Reporting body")
            .define(COLUMNS_FILE_CONFIG, Type.STRING, "", Importance.MEDIUM, COLUMNS_FILE_DOC, "Report", 2, ConfigDef.Width.LONG, "Column mapping")
            .define(FINDINGS_TOPIC_CONFIG, Type.STRING, PipelineTopics.DQ_FINDING.name(), new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    FINDINGS_TOPIC_DOC, "Report", 3, ConfigDef.Width.MEDIUM, "Findings topic")
            .define(MAX_FILE_BYTES_CONFIG, Type.LONG, ReportLimits.DEFAULT.maxFileBytes(), ConfigDef.Range.atLeast(1024), Importance.LOW,
                    MAX_FILE_BYTES_DOC, "Limits", 1, ConfigDef.Width.SHORT, "Largest file")
            .define(MAX_EXPANDED_BYTES_CONFIG, Type.LONG, ReportLimits.DEFAULT.maxExpandedBytes(), ConfigDef.Range.atLeast(1024), Importance.LOW,
                    MAX_EXPANDED_BYTES_DOC, "Limits", 2, ConfigDef.Width.SHORT, "Largest unpacked workbook")
            .define(MAX_ROWS_CONFIG, Type.INT, ReportLimits.DEFAULT.maxRows(), ConfigDef.Range.atLeast(10), Importance.LOW,
                    MAX_ROWS_DOC, "Limits", 3, ConfigDef.Width.SHORT, "Most rows");

    public ReportFileSourceConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    public static Map<String, String> connectorConfig(Map<String, String> settings) {
        return connectorConfig(ReportFileSourceConnector.class, settings);
    }

    public ReportSource source() {
        return ReportSource.valueOf(getString(SOURCE_CONFIG));
    }

    public String findingsTopic() {
        return getString(FINDINGS_TOPIC_CONFIG);
    }

    public ReportLimits limits() {
        return new ReportLimits(getLong(MAX_FILE_BYTES_CONFIG), getLong(MAX_EXPANDED_BYTES_CONFIG), getInt(MAX_ROWS_CONFIG));
    }

    @Override
    public Map<String, Runnable> referenceChecks() {
        Map<String, Runnable> checks = super.referenceChecks();
        checks.put(COMMUNE_CODES_CONFIG, () -> ReferenceSettings.communeCodes(this));
        checks.put(COLUMNS_FILE_CONFIG, this::measuresByHeader);
        return checks;
    }

    public Path communeCodesFile() {
        return ReferenceSettings.communeCodesFile(this);
    }

    /** Normalised header → measure, from the configured file or the source's template. */
    public Map<String, String> measuresByHeader() {
        String configured = getString(COLUMNS_FILE_CONFIG);
        if (configured.isBlank()) {
            return shippedTemplate(source());
        }
        try {
            return columns(Files.readAllLines(Path.of(configured), StandardCharsets.UTF_8), configured);
        } catch (IOException e) {
            throw new ConfigException(COLUMNS_FILE_CONFIG, configured, "the column mapping cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The agreed form of a reporting body, as shipped in {@code report-templates/<source>.csv}. */
    public static Map<String, String> shippedTemplate(ReportSource source) {
        String resource = "report-templates/" + ReportBodies.name(source) + ".csv";
        try (InputStream in = ReportFileSourceConfig.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException(COLUMNS_FILE_CONFIG, "", "the shipped template " + resource + " is missing from the plugin");
            }
            return columns(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), resource);
        } catch (IOException e) {
            throw new ConfigException(COLUMNS_FILE_CONFIG, "", "the shipped template " + resource + " cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Map<String, String> columns(List<String> lines, String origin) {
        Map<String, String> measures = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int comma = line.lastIndexOf(',');
            if (comma < 1 || comma == line.length() - 1) {
                throw new ConfigException(COLUMNS_FILE_CONFIG, origin, "line " + (i + 1) + " is not 'header,measure'");
            }
            measures.put(ReportLayout.normalise(line.substring(0, comma).replace("\"", "")), line.substring(comma + 1).strip());
        }
        return measures;
    }
}
