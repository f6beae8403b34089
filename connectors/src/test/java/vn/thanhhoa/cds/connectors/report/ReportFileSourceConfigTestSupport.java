package vn.thanhhoa.cds.connectors.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A column mapping read the way {@code columns.file} is read. */
final class ReportFileSourceConfigTestSupport {

    private ReportFileSourceConfigTestSupport() {
    }

    static Map<String, String> columns(String csv) {
        try {
            Path file = Files.createTempFile("columns", ".csv");
            Files.writeString(file, csv);
            Map<String, String> columns = new ReportFileSourceConfig(Map.of(
                    ReportFileSourceConfig.INPUT_DIR_CONFIG, "in",
                    ReportFileSourceConfig.QUARANTINE_DIR_CONFIG, "quarantine",
                    ReportFileSourceConfig.REGISTRY_URL_CONFIG, "http://registry.invalid",
                    ReportFileSourceConfig.COMMUNE_CODES_CONFIG, "communes.csv",
                    ReportFileSourceConfig.COLUMNS_FILE_CONFIG, file.toString(),
                    ReportFileSourceConfig.SOURCE_CONFIG, "POWER")).measuresByHeader();
            Files.delete(file);
            return columns;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
