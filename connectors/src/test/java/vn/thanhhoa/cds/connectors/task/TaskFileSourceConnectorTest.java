package vn.thanhhoa.cds.connectors.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed;
import vn.thanhhoa.cds.connectors.testbed.ReferenceFiles;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed.Topics;
import vn.thanhhoa.cds.schemas.raw.SourceDeadLetter;
import vn.thanhhoa.cds.schemas.raw.TaskTracked;
import vn.thanhhoa.cds.simulators.task.TaskExportSimulator;
import vn.thanhhoa.cds.simulators.task.TaskFeed;
import vn.thanhhoa.cds.simulators.tthc.SimulatedAgency;

/** The task-tracking connector (2026 item 15) on the embedded stack, fed by the task simulator. */
@ExtendWith(ConnectorTestBed.Extension.class)
class TaskFileSourceConnectorTest {

    private static final List<SimulatedAgency> OFFICES = IntStream.range(0, 5)
            .mapToObj(i -> new SimulatedAgency("000.40." + (10 + i) + ".H56", String.valueOf(15800 + 3 * i))).toList();

    @Test
    void everyTaskEndsInTheStateTheSimulatorLeftItAndBadLinesAreDeadLettered(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.task", "tasks");
        Path input = bed.folder("task/in");
        TaskFeed feed = new TaskExportSimulator(41, OFFICES, YearMonth.of(2026, 1), 4, 900).writeTo(input);

        bed.stack().connect().deploy("tasks", connectorConfig(bed, topics, input, 500));
        bed.awaitRecords(topics.raw(), feed.acceptedLines());
        bed.awaitRecords(topics.dlq(), feed.rejectedLines());
        bed.stack().connect().remove("tasks");

        List<ConsumerRecord<byte[], byte[]>> records = bed.all(topics.raw());
        assertThat((long) records.size()).isEqualTo(feed.acceptedLines());
        assertThat(latestStates(bed, topics, records)).isEqualTo(feed.latest());

        for (ConsumerRecord<byte[], byte[]> record : bed.all(topics.dlq())) {
            SourceDeadLetter letter = bed.decode(topics.dlq(), record.value());
            assertThat(letter.getFile()).startsWith("nhiem-vu-");
            assertThat(letter.getLine()).isPositive();
        }
        assertThat(bed.faultsIn(topics.dlq(),
                "is not mapped", TaskExportSimulator.UNKNOWN_OFFICE,
                "'DA_XONG' is not", TaskExportSimulator.UNKNOWN_STATUS,
                "needs ngayHoanThanh", TaskExportSimulator.COMPLETED_WITHOUT_DATE,
                "before the task was assigned", TaskExportSimulator.DUE_BEFORE_ASSIGNED,
                "not valid JSON", TaskExportSimulator.BROKEN_JSON))
                .isEqualTo(feed.rejectedLinesByFault());
    }

    @Test
    void aTaskConnectorStoppedMidFeedResumesWithEveryLineOnce(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.task", "tasks-restart");
        Path input = bed.folder("task/restart/in");
        TaskFeed feed = new TaskExportSimulator(42, OFFICES, YearMonth.of(2025, 7), 12, 12_000).writeTo(input);
        Map<String, String> config = connectorConfig(bed, topics, input, 10);

        List<ConsumerRecord<byte[], byte[]>> records = bed.runStoppedMidFeed("tasks-restart", config, topics.raw(), 200, feed.acceptedLines());
        bed.awaitRecords(topics.dlq(), feed.rejectedLines());

        assertThat((long) records.size()).as("no line twice, none missing").isEqualTo(feed.acceptedLines());
        assertThat(records).extracting(record -> bed.<TaskTracked>decode(topics.raw(), record.value()).getSourceLocation()).doesNotHaveDuplicates();
        assertThat(latestStates(bed, topics, records)).isEqualTo(feed.latest());
        assertThat(bed.all(topics.dlq())).hasSize(feed.rejectedLines());
    }

    /** Per task id, the state with the latest update time: how downstream reads the topic. */
    private static Map<String, TaskFeed.ExpectedTask> latestStates(ConnectorTestBed bed, Topics topics, List<ConsumerRecord<byte[], byte[]>> records) {
        Map<String, TaskTracked> latest = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            TaskTracked task = bed.decode(topics.raw(), record.value());
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(task.getTaskId());
            latest.merge(task.getTaskId(), task, (a, b) -> b.getUpdatedAt().isAfter(a.getUpdatedAt()) ? b : a);
        }
        Map<String, TaskFeed.ExpectedTask> states = new TreeMap<>();
        latest.forEach((id, task) -> states.put(id, new TaskFeed.ExpectedTask(task.getCommuneCode(), exported(task), task.getTrackedOnline())));
        return states;
    }

    private static String exported(TaskTracked task) {
        return switch (task.getStatus()) {
            case NOT_STARTED -> "CHUA_XU_LY";
            case IN_PROGRESS -> "DANG_XU_LY";
            case COMPLETED -> "HOAN_THANH";
            case CANCELLED -> "HUY";
        };
    }

    private static Map<String, String> connectorConfig(ConnectorTestBed bed, Topics topics, Path input, int batchSize) throws Exception {
        Path agencies = ReferenceFiles.agencyMapping(input.resolveSibling("offices.csv"), OFFICES, LocalDate.of(2025, 7, 1));
        Map<String, String> settings = bed.folderSettings(input, topics);
        settings.put(TaskFileSourceConfig.AGENCY_MAPPING_CONFIG, agencies.toString());
        settings.put(TaskFileSourceConfig.BATCH_SIZE_CONFIG, String.valueOf(batchSize));
        return TaskFileSourceConfig.connectorConfig(settings);
    }
}
