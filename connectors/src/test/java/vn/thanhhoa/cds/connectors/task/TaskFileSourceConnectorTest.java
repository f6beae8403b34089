package vn.thanhhoa.cds.connectors.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        bed.awaitComplete(topics, feed.acceptedLines(), feed.rejectedLines());
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

        List<ConsumerRecord<byte[], byte[]>> records = bed.runStoppedMidFeed("tasks-restart", config, topics, 200, feed.acceptedLines(), feed.rejectedLines());

        assertThat((long) records.size()).as("no line twice, none missing").isEqualTo(feed.acceptedLines());
        assertThat(records).extracting(record -> bed.<TaskTracked>decode(topics.raw(), record.value()).getSourceLocation()).doesNotHaveDuplicates();
        assertThat(latestStates(bed, topics, records)).isEqualTo(feed.latest());
        assertThat(bed.all(topics.dlq())).hasSize(feed.rejectedLines());
    }

    @Test
    void aTaskConnectorStoppedAfterAWholeFileReadsNeitherItAgainNorLessOfTheNextFiles(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.task", "tasks-file-boundary");
        Path staging = bed.folder("task/boundary/staging");
        Path input = bed.folder("task/boundary/in");
        TaskFeed feed = new TaskExportSimulator(43, OFFICES, YearMonth.of(2026, 1), 3, 3000).writeTo(staging);
        List<Path> files = feed.files().stream().sorted().toList();
        assertThat(files).hasSizeGreaterThan(1);
        Map<String, String> config = connectorConfig(bed, topics, input, 50);

        // The first file alone, read to its end: every one of its lines in one of the two topics, and quiet.
        Files.move(files.getFirst(), input.resolve(files.getFirst().getFileName()));
        long firstFileLines;
        try (var lines = Files.lines(input.resolve(files.getFirst().getFileName()))) {
            firstFileLines = lines.filter(line -> !line.isBlank()).count();
        }
        bed.stack().connect().deploy("tasks-file-boundary", config);
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        while (bed.all(topics.raw()).size() + bed.all(topics.dlq()).size() < firstFileLines && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        bed.awaitQuiet(java.time.Duration.ofSeconds(1), topics.raw(), topics.dlq());
        bed.stack().connect().remove("tasks-file-boundary");
        assertThat(bed.all(topics.raw()).size() + bed.all(topics.dlq()).size()).as("the first file, every line once").isEqualTo(firstFileLines);

        // Stopped exactly after it: the restart reads the files that came since, and nothing of the first again.
        for (Path file : files.subList(1, files.size())) {
            Files.move(file, input.resolve(file.getFileName()));
        }
        long rejected = feed.rejectedLines();
        bed.stack().connect().deploy("tasks-file-boundary", config);
        bed.awaitComplete(topics, feed.acceptedLines(), rejected);
        bed.stack().connect().remove("tasks-file-boundary");

        List<ConsumerRecord<byte[], byte[]>> records = bed.all(topics.raw());
        assertThat((long) records.size()).isEqualTo(feed.acceptedLines());
        assertThat(records).extracting(record -> bed.<TaskTracked>decode(topics.raw(), record.value()).getSourceLocation()).doesNotHaveDuplicates();
        bed.assertEachDeadLetterOnce("tasks-file-boundary", topics.dlq(), rejected);
        assertThat(latestStates(bed, topics, records)).isEqualTo(feed.latest());
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
