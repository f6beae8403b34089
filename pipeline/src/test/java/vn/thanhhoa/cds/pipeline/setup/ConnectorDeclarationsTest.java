package vn.thanhhoa.cds.pipeline.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorDeclarationsTest {

    @TempDir
    Path folder;

    @Test
    void readsEveryJsonFileInNameOrderAsConnectTakesIt() throws Exception {
        Files.writeString(folder.resolve("20-sink.json"), """
                {"name": "clickhouse-sink", "config": {"connector.class": "vn.thanhhoa.cds.sink.ClickHouseSinkConnector",
                  "tasks.max": 2, "clickhouse.password": "${env:CLICKHOUSE_PASSWORD}"}}
                """);
        Files.writeString(folder.resolve("10-bank.json"), """
                {"name": "bank-reports", "config": {"connector.class": "vn.thanhhoa.cds.connectors.report.ReportFileSourceConnector"}}
                """);
        Files.writeString(folder.resolve("README.md"), "not a connector");

        List<ConnectorDeclaration> connectors = ConnectorDeclarations.readFolder(folder);

        assertThat(connectors).extracting(ConnectorDeclaration::name).containsExactly("bank-reports", "clickhouse-sink");
        assertThat(connectors.get(1).config())
                .containsEntry("tasks.max", "2")
                .as("secrets stay placeholders for the worker's config provider").containsEntry("clickhouse.password", "${env:CLICKHOUSE_PASSWORD}")
                .containsEntry("name", "clickhouse-sink");
    }

    @Test
    void aBrokenFileIsNamedWithItsLineOrField() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"name\": \"x\",\n \"config\": {\"connector.class\": }\n}");
        assertThatThrownBy(() -> ConnectorDeclarations.readFolder(folder))
                .hasMessageStartingWith(broken + ", line 2: not JSON");

        Files.writeString(broken, "{\"config\": {\"connector.class\": \"a.B\"}}");
        assertThatThrownBy(() -> ConnectorDeclarations.readFolder(folder)).hasMessageContaining(broken + ": field \"name\" is missing");

        Files.writeString(broken, "{\"name\": \"x\", \"config\": {\"connector.class\": \"a.B\", \"topics\": [\"a\"]}}");
        assertThatThrownBy(() -> ConnectorDeclarations.readFolder(folder)).hasMessageContaining(broken + ": field \"config.topics\" must be a string");

        Files.writeString(broken, "{\"name\": \"x\", \"config\": {\"connector.class\": \"a.B\", \"name\": \"y\"}}");
        assertThatThrownBy(() -> ConnectorDeclarations.readFolder(folder)).hasMessageContaining("connector 'x' carries another name in its configuration: 'y'");
    }

    @Test
    void aMissingFolderIsOneSentence() {
        assertThatThrownBy(() -> ConnectorDeclarations.readFolder(folder.resolve("nowhere")))
                .hasMessage("The connectors folder " + folder.resolve("nowhere") + " does not exist or is not a folder.");
    }
}
