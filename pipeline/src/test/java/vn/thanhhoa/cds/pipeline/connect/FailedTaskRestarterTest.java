package vn.thanhhoa.cds.pipeline.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.connectors.report.ReportFileSourceConfig;
import vn.thanhhoa.cds.runtime.EmbeddedStack;
import vn.thanhhoa.cds.runtime.StackConfig;
import vn.thanhhoa.cds.runtime.kafka.TopicContents;
import vn.thanhhoa.cds.runtime.kafka.TopicProvisioning;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;

/**
 * A real Connect worker with a report connector whose input folder disappears: its task fails, the status shows FAILED with the reason, and once the folder is there the restarter brings
 * the task back and the report dropped in it is read.
 */
class FailedTaskRestarterTest {

    private static final String TOPIC = "raw.reported.measure.restart";

    @TempDir
    static Path directory;
    private static EmbeddedStack stack;

    @BeforeAll
    static void startStack() {
        stack = EmbeddedStack.start(StackConfig.in(directory.resolve("stack")));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aFailedTaskShowsItsReasonAndIsRestartedWithBackOffUntilItRuns() throws Exception {
        Path input = directory.resolve("bank/in");
        Path communes = Files.writeString(directory.resolve("communes.csv"), "commune_code,valid_from,valid_to\n15442,2025-07-01,\n");
        Map<String, String> settings = new HashMap<>();
        settings.put("connector.class", "vn.thanhhoa.cds.connectors.report.ReportFileSourceConnector");
        settings.put("tasks.max", "1");
        settings.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        settings.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        settings.put(FolderSourceConfig.INPUT_DIR_CONFIG, input.toString());
        settings.put(FolderSourceConfig.QUARANTINE_DIR_CONFIG, directory.resolve("bank/quarantine").toString());
        settings.put(FolderSourceConfig.REGISTRY_URL_CONFIG, stack.registry().url());
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            new TopicProvisioning(admin).ensure(List.of(new TopicSpec(TOPIC, 1, false, "test"), new TopicSpec("dlq.source.restart", 1, false, "test")));
        }
        settings.put(FolderSourceConfig.TOPIC_CONFIG, TOPIC);
        settings.put(FolderSourceConfig.DLQ_TOPIC_CONFIG, "dlq.source.restart");
        settings.put(FolderSourceConfig.POLL_INTERVAL_CONFIG, "100");
        settings.put(ReportFileSourceConfig.SOURCE_CONFIG, "BANK");
        settings.put(ReportFileSourceConfig.COMMUNE_CODES_CONFIG, communes.toString());
        Files.createDirectories(input);
        stack.connect().deploy("bank-restart", settings);
        // The folder goes away under a running task (an unmounted share, a mistaken clean-up).
        Files.delete(input);

        ConnectRestClient client = new ConnectRestClient("http://127.0.0.1:" + stack.connect().restPort());
        RestartPolicy policy = new RestartPolicy(Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMinutes(5));
        try (FailedTaskRestarter restarter = FailedTaskRestarter.start(client, policy)) {
            ConnectorHealth failed = await(client, health -> health.tasks().stream().anyMatch(ConnectorHealth.Task::failed));
            assertThat(failed.tasks().getFirst().reason()).as("the reason names the folder").contains(input.toString());

            // Failing for a lasting reason: restarted again and again, each wait longer than the last.
            awaitRestarts(restarter, 3);
            assertThat(client.connectors().getFirst().tasks().getFirst().state()).isIn("FAILED", "RUNNING", "RESTARTING", "UNASSIGNED");

            Files.createDirectories(input);
            Files.writeString(input.resolve("bao-cao-ngan-hang-2026-10.csv"), """
                    Mã xã;Tên xã;Tài khoản thanh toán;Tài khoản thanh toán;Doanh nghiệp, tổ chức sử dụng thanh toán không dùng tiền mặt
                    ;;Số người từ 15 tuổi trở lên có tài khoản;Số tài khoản;
                    15442;Xã Yên Ninh;1234;2345;12
                    """);
            ConnectorHealth running = await(client, health -> health.tasks().stream().allMatch(task -> task.state().equals("RUNNING")));
            assertThat(running.state()).isEqualTo("RUNNING");
            assertThat(new TopicContents(stack.bootstrapServers()).readUntil(TOPIC, records -> records.size() >= 3, Duration.ofSeconds(60)))
                    .as("the three values of the report dropped in after the restart").hasSize(3);
        }
    }

    private static ConnectorHealth await(ConnectRestClient client, Predicate<ConnectorHealth> condition) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            List<ConnectorHealth> connectors = client.connectors();
            if (!connectors.isEmpty() && !connectors.getFirst().tasks().isEmpty() && condition.test(connectors.getFirst())) {
                return connectors.getFirst();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the connector never reached the state awaited: " + client.connectors());
    }

    private static void awaitRestarts(FailedTaskRestarter restarter, long restarts) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (restarter.lastObservation().restarts() < restarts) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + restarter.lastObservation().restarts() + " restarts in 60 s");
            }
            Thread.sleep(100);
        }
    }
}
