package vn.thanhhoa.cds.connectors.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
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
    public static final String COMMUNE_CODES_CONFIG = "commune.codes.file";
    private static final String COMMUNE_CODES_DOC = "CSV of commune-level unit codes with validity (commune_code,valid_from,valid_to): "
            + "a row whose 'Mã xã' is not a unit at the end of the report's month is rejected.";

    public static final ConfigDef CONFIG_DEF = base(PipelineTopics.RAW_REPORTED_MEASURE.name(), "*.{csv,xlsx,CSV,XLSX}")
            .define(SOURCE_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.ValidString.in("BANK", "TELECOM", "POWER"), Importance.HIGH, SOURCE_DOC,
                    "Report", 1, ConfigDef.Width.SHORT, "Reporting body")
            .define(COLUMNS_FILE_CONFIG, Type.STRING, "", Importance.MEDIUM, COLUMNS_FILE_DOC, "Report", 2, ConfigDef.Width.LONG, "Column mapping")
            .define(COMMUNE_CODES_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, COMMUNE_CODES_DOC,
                    "Reference data", 1, ConfigDef.Width.LONG, "Commune codes");

    public ReportFileSourceConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    public static Map<String, String> connectorConfig(Map<String, String> settings) {
        return connectorConfig(ReportFileSourceConnector.class, settings);
    }

    public ReportSource source() {
        return ReportSource.valueOf(getString(SOURCE_CONFIG));
    }

    public Path communeCodesFile() {
        return Path.of(getString(COMMUNE_CODES_CONFIG));
    }

    /** Normalised header → measure, from the configured file or the source's template. */
    public Map<String, String> measuresByHeader() {
        String configured = getString(COLUMNS_FILE_CONFIG);
        List<String> lines;
        try {
            if (configured.isBlank()) {
                String resource = "report-templates/" + source().name().toLowerCase(Locale.ROOT) + ".csv";
                try (InputStream in = ReportFileSourceConfig.class.getClassLoader().getResourceAsStream(resource)) {
                    lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                }
            } else {
                lines = Files.readAllLines(Path.of(configured), StandardCharsets.UTF_8);
            }
        } catch (IOException | NullPointerException e) {
            throw new ConfigException(COLUMNS_FILE_CONFIG, configured, "the column mapping cannot be read (" + e.getMessage() + ")");
        }
        Map<String, String> measures = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int comma = line.lastIndexOf(',');
            if (comma < 1 || comma == line.length() - 1) {
                throw new ConfigException(COLUMNS_FILE_CONFIG, configured, "line " + (i + 1) + " is not 'header,measure'");
            }
            measures.put(ReportLayout.normalise(line.substring(0, comma).replace("\"", "")), line.substring(comma + 1).strip());
        }
        return measures;
    }
}
