package vn.thanhhoa.cds.cli.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.pipeline.reference.ConnectorReferenceFiles;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.connect.connector.Connector;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.cds.pipeline.setup.ConnectorDeclaration;
import vn.thanhhoa.cds.pipeline.setup.ConnectorDeclarations;

/**
 * The connector files docker-compose's setup deploys (deploy/connectors) are read as the setup reads
 * them and validated by each connector's own configuration definition, so that a renamed setting or
 * a missing one fails here rather than on the first production start; the sink writes every topic
 * the store keeps, as the demo's sink does.
 */
class ComposeConnectorsTest {

    private static final Path FOLDER = Path.of("..", "deploy", "connectors");
    private static final String CONTAINER_DATA = "/var/lib/cds/";

    /** Stands for the containers' volumes under /var/lib/cds: the folders exist and setup wrote the reference files. */
    @TempDir
    Path volumes;

    @Test
    void everyConnectorFileIsValidForItsConnector() throws Exception {
        new ConnectorReferenceFiles(ReferenceData.load()).writeCommuneCodes(volumes.resolve("reference/communes.csv"));
        new ConnectorReferenceFiles(ReferenceData.load()).writeAgencyMapping(volumes.resolve("reference/agencies.csv"));
        List<ConnectorDeclaration> connectors = ConnectorDeclarations.readFolder(FOLDER);
        assertThat(connectors).extracting(ConnectorDeclaration::name)
                .containsExactly("bank-reports", "clickhouse-sink", "declarations", "power-reports", "telecom-reports");
        for (ConnectorDeclaration declaration : connectors) {
            Connector connector = (Connector) Class.forName(declaration.config().get("connector.class")).getDeclaredConstructor().newInstance();
            Map<String, String> config = new HashMap<>();
            for (Map.Entry<String, String> setting : declaration.config().entrySet()) {
                String value = setting.getValue().startsWith(CONTAINER_DATA) ? volumes.resolve(setting.getValue().substring(CONTAINER_DATA.length())).toString() : setting.getValue();
                if (setting.getKey().endsWith(".dir")) {
                    Files.createDirectories(Path.of(value));
                }
                config.put(setting.getKey(), value);
            }
            List<String> errors = connector.validate(config).configValues().stream()
                    .filter(value -> !value.errorMessages().isEmpty())
                    .map(value -> value.name() + ": " + value.errorMessages()).toList();
            assertThat(errors).as(declaration.name()).isEmpty();
        }
    }

    @Test
    void theSinkWritesWhatTheDemosSinkWrites() {
        ConnectorDeclaration sink = ConnectorDeclarations.readFolder(FOLDER).stream()
                .filter(connector -> connector.name().equals("clickhouse-sink")).findFirst().orElseThrow();
        assertThat(Arrays.asList(sink.config().get("topics").split(",")))
                .containsExactlyInAnyOrderElementsOf(vn.thanhhoa.cds.schemas.topic.PipelineTopics.STORED.stream().map(vn.thanhhoa.cds.schemas.topic.TopicSpec::name).toList());
    }
}
