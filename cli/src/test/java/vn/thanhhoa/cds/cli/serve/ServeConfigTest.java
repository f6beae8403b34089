package vn.thanhhoa.cds.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ServeConfigTest {

    @Test
    void environmentVariablesOverrideGivenSettings() {
        ServeConfig config = ServeConfig.fromEnvironment(
                Map.of("kafka.bootstrap.servers", "localhost:9092", "dashboard.port", "9000"),
                Map.of("CDS_CLICKHOUSE_JDBC_URL", "jdbc:clickhouse://clickhouse:8123/default",
                        "CDS_DASHBOARD_PORT", "8080", "CDS_CLICKHOUSE_PASSWORD", "bí mật", "UNRELATED", "x"));

        assertThat(config.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(config.clickHouseUrl()).isEqualTo("jdbc:clickhouse://clickhouse:8123/default");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.clickHousePassword()).isEqualTo("bí mật");
        assertThat(config.database()).isEqualTo("cds");
    }

    @Test
    void aMissingRequiredSettingIsNamed() {
        assertThatThrownBy(() -> ServeConfig.fromEnvironment(Map.of("kafka.bootstrap.servers", "localhost:9092"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("clickhouse.jdbc.url");
    }

    @Test
    void aPortThatIsNotANumberIsNamed() {
        assertThatThrownBy(() -> ServeConfig.fromEnvironment(
                Map.of("kafka.bootstrap.servers", "k:9092", "clickhouse.jdbc.url", "jdbc:clickhouse://c:8123"), Map.of("CDS_DASHBOARD_PORT", "tám")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("dashboard.port")
                .hasMessageContaining("tám");
    }

    @Test
    void uploadsAreOffUnlessAReportFolderIsGivenAndThenEachBodyHasItsSubfolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) {
        Map<String, String> required = Map.of("kafka.bootstrap.servers", "k:9092", "clickhouse.jdbc.url", "jdbc:clickhouse://c:8123");
        assertThat(ServeConfig.fromEnvironment(required, Map.of()).reportFolders()).isEmpty();

        ServeConfig config = ServeConfig.fromEnvironment(required, Map.of("CDS_REPORTS_INBOX_DIR", temp.toString(), "CDS_REPORTS_MAX_BYTES", "1000"));

        assertThat(config.reportFolders()).hasValueSatisfying(folders -> {
            assertThat(folders.keySet()).containsExactly("BANK", "TELECOM", "POWER");
            assertThat(folders.get("POWER")).isEqualTo(temp.resolve("power")).isDirectory();
        });
        assertThat(config.reportMaxBytes()).isEqualTo(1000);
    }

    @Test
    void declarationsAreOffUnlessTheConnectorsFolderIsGivenAndEachMissingPieceIsOneSentence(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
            throws Exception {
        Map<String, String> required = Map.of("kafka.bootstrap.servers", "k:9092", "clickhouse.jdbc.url", "jdbc:clickhouse://c:8123");
        assertThat(ServeConfig.fromEnvironment(required, Map.of()).declarations()).isEmpty();

        java.nio.file.Path missing = temp.resolve("khong-co");
        assertThatThrownBy(() -> ServeConfig.fromEnvironment(required, Map.of("CDS_DECLARATIONS_INBOX_DIR", missing.toString())).declarations())
                .isInstanceOf(ConfigException.class).hasMessageContaining("declarations.inbox.dir").hasMessageContaining("does not exist");
        java.nio.file.Path inbox = java.nio.file.Files.createDirectory(temp.resolve("declaration-in"));
        assertThatThrownBy(() -> ServeConfig.fromEnvironment(required, Map.of("CDS_DECLARATIONS_INBOX_DIR", inbox.toString())).declarations())
                .isInstanceOf(ConfigException.class).hasMessageContaining("declarations.evidence.dir");
        assertThatThrownBy(() -> ServeConfig.fromEnvironment(required, Map.of("CDS_DECLARATIONS_INBOX_DIR", inbox.toString(),
                "CDS_DECLARATIONS_EVIDENCE_DIR", temp.resolve("minh-chung").toString())).declarations())
                .isInstanceOf(ConfigException.class).hasMessageContaining("declarations.commune.codes.file");

        java.nio.file.Path communes = java.nio.file.Files.writeString(temp.resolve("communes.csv"), "commune_code,valid_from,valid_to\n14758,2025-07-01,\n");
        ServeConfig config = ServeConfig.fromEnvironment(required, Map.of("CDS_DECLARATIONS_INBOX_DIR", inbox.toString(),
                "CDS_DECLARATIONS_EVIDENCE_DIR", temp.resolve("minh-chung").toString(), "CDS_DECLARATIONS_COMMUNE_CODES_FILE", communes.toString()));
        assertThat(config.declarations()).hasValue(new ServeConfig.Declarations(inbox, temp.resolve("minh-chung"), communes, 10L * 1024 * 1024));
        assertThat(temp.resolve("minh-chung")).isDirectory();
    }
}
