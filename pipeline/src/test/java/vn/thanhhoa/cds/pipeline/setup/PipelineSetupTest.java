package vn.thanhhoa.cds.pipeline.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.pipeline.reference.ReferencePublication;
import vn.thanhhoa.cds.runtime.EmbeddedStack;
import vn.thanhhoa.cds.runtime.StackConfig;
import vn.thanhhoa.cds.runtime.kafka.TopicContents;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.schemas.topic.TopicSchemas;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;
import vn.thanhhoa.cds.store.Row;

/**
 * The setup against a real broker, registry, Connect worker and ClickHouse that nothing has set up:
 * the first run creates everything the plan names (checked by asking each server directly), the
 * second changes nothing, a changed connector is updated, and topics made differently by hand are
 * reported rather than altered.
 */
class PipelineSetupTest {

    private static final String DATABASE = "cds_setup";

    @TempDir
    static Path directory;
    private static EmbeddedStack stack;
    private static SetupTargets targets;

    @BeforeAll
    static void startStack() {
        stack = EmbeddedStack.start(StackConfig.in(directory.resolve("stack")));
        targets = new SetupTargets(stack.bootstrapServers(), stack.registry().url(), "http://127.0.0.1:" + stack.connect().restPort(), stack.clickHouse());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theFirstRunCreatesWhatThePlanNamesAndTheSecondChangesNothing() throws Exception {
        ConnectorDeclaration bank = reportConnector("bank-setup", "BANK");
        SetupPlan plan = new SetupPlan(PipelineTopics.ALL, TopicSchemas.all(), DATABASE,
                Optional.of(new ReferencePublication(ReferenceData.load(), CatalogLoader.builtIn())), List.of(bank), Optional.of(directory.resolve("connector-files")));

        SetupReport first = new PipelineSetup(targets).apply(plan);

        assertThat(first.problems()).isEmpty();
        assertThat(first.step(TopicSetup.NAME).changed()).hasSize(PipelineTopics.ALL.size());
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            Set<String> topics = admin.listTopics().names().get();
            assertThat(topics).containsAll(PipelineTopics.ALL.stream().map(TopicSpec::name).toList());
        }
        Set<String> subjects = new HashSet<>(List.of(new ObjectMapper().readValue(get(stack.registry().url() + "/apis/ccompat/v7/subjects"), String[].class)));
        assertThat(subjects).containsAll(TopicSchemas.all().keySet().stream().map(TopicSchemas::valueSubject).toList());
        List<String> tables = stack.clickHouse().query("SELECT name FROM system.tables WHERE database = '" + DATABASE + "'").stream()
                .map(row -> row.string("name")).toList();
        assertThat(tables).contains("schema_migration", "raw_dossier", "indicator_value_daily", "indicator_value_latest", "alert_commune", "report_archive");
        assertThat(get(targets.connectRestUrl() + "/connectors")).contains("\"bank-setup\"");
        // The connectors' reference files: every commune-level unit of both periods, 547 before the reform and 166 after.
        assertThat(Files.readAllLines(directory.resolve("connector-files/communes.csv"))).hasSize(1 + 547 + 166)
                .first().isEqualTo("commune_code,valid_from,valid_to");
        assertThat(Files.readString(directory.resolve("connector-files/agencies.csv"))).startsWith("agency_code,commune_code,valid_from,valid_to\n");
        // The reference topics hold what the reference data has: every unit (both periods) keyed code|valid-from.
        long units = new TopicContents(stack.bootstrapServers()).all(PipelineTopics.REF_ADMIN_UNIT.name()).stream()
                .map(record -> new String(record.key())).distinct().count();
        assertThat(units).isEqualTo(ReferenceData.load().units().all().size());

        SetupReport second = new PipelineSetup(targets).apply(plan);

        assertThat(second.problems()).isEmpty();
        assertThat(second.changedNothing()).as(second.steps().toString()).isTrue();
        assertThat(second.step(TopicSetup.NAME).unchanged()).hasSize(PipelineTopics.ALL.size());
        assertThat(second.step(SchemaSetup.NAME).unchanged()).hasSize(TopicSchemas.all().size());
        assertThat(second.step(ConnectorSetup.NAME).unchanged()).containsExactly("bank-setup");
        List<Row> migrations = stack.clickHouse().query("SELECT count() AS n FROM " + DATABASE + ".schema_migration FINAL");
        assertThat(migrations.getFirst().longValue("n")).as("each migration recorded once").isEqualTo(second.step(StoreSetup.NAME).unchanged().size());
    }

    @Test
    void aConnectorWhoseConfigurationChangedIsUpdatedAndOthersAreLeftAlone() throws Exception {
        SetupPlan before = new SetupPlan(List.of(), Map.of(), DATABASE, Optional.empty(),
                List.of(reportConnector("telecom-setup", "TELECOM"), reportConnector("power-setup", "POWER")));
        new PipelineSetup(targets).apply(before);
        Map<String, String> changed = new HashMap<>(reportConnector("telecom-setup", "TELECOM").config());
        changed.put("poll.interval.ms", "750");
        SetupPlan after = new SetupPlan(List.of(), Map.of(), DATABASE, Optional.empty(),
                List.of(new ConnectorDeclaration("telecom-setup", changed), reportConnector("power-setup", "POWER")));

        SetupStep connectors = new PipelineSetup(targets).apply(after).step(ConnectorSetup.NAME);

        assertThat(connectors.changed()).containsExactly("telecom-setup (updated)");
        assertThat(connectors.unchanged()).containsExactly("power-setup");
        assertThat(get(targets.connectRestUrl() + "/connectors/telecom-setup/config")).contains("\"poll.interval.ms\":\"750\"");
    }

    @Test
    void topicsMadeOtherwiseByHandAreReportedNotAltered() throws Exception {
        TopicSpec compacted = new TopicSpec("ref.setup-policy", 1, true, "test");
        TopicSpec wide = new TopicSpec("raw.setup-partitions", 3, false, "test");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(compacted.name(), 1, (short) 1).configs(Map.of("cleanup.policy", "delete")),
                    new NewTopic(wide.name(), 1, (short) 1))).all().get();

            SetupReport report = new PipelineSetup(targets).apply(new SetupPlan(List.of(compacted, wide), Map.of(), DATABASE, Optional.empty(), List.of()));

            assertThat(report.problems()).containsExactlyInAnyOrder(
                    "topics: topic ref.setup-policy has cleanup.policy=delete, the pipeline expects compact",
                    "topics: topic raw.setup-partitions has 1 partition(s), the pipeline expects 3; add them by hand if the keys may move (kafka-topics --alter --partitions)");
            assertThat(admin.describeTopics(List.of(wide.name())).allTopicNames().get().get(wide.name()).partitions()).hasSize(1);
        }
    }

    private static ConnectorDeclaration reportConnector(String name, String body) throws Exception {
        Path input = Files.createDirectories(directory.resolve(name).resolve("in"));
        Path communes = Files.writeString(directory.resolve(name).resolve("communes.csv"), "commune_code,valid_from,valid_to\n15442,2025-07-01,\n");
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", "vn.thanhhoa.cds.connectors.report.ReportFileSourceConnector");
        config.put("tasks.max", "1");
        config.put("input.dir", input.toString());
        config.put("quarantine.dir", directory.resolve(name).resolve("quarantine").toString());
        config.put("schema.registry.url", stack.registry().url());
        config.put("report.source", body);
        config.put("commune.codes.file", communes.toString());
        return new ConnectorDeclaration(name, config);
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
