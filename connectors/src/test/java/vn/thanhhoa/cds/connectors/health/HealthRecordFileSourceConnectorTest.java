package vn.thanhhoa.cds.connectors.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed;
import vn.thanhhoa.cds.connectors.testbed.ReferenceFiles;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed.Topics;
import vn.thanhhoa.cds.connectors.testbed.RawIdentifiers;
import vn.thanhhoa.cds.schemas.raw.HealthRecordEvent;
import vn.thanhhoa.cds.schemas.raw.SourceDeadLetter;
import vn.thanhhoa.cds.simulators.health.HealthExportSimulator;
import vn.thanhhoa.cds.simulators.health.HealthFeed;

/** The health connector on the embedded stack, fed by the health simulator. */
@ExtendWith(ConnectorTestBed.Extension.class)
class HealthRecordFileSourceConnectorTest {

    private static final List<String> COMMUNES = List.of("15763", "15889", "15442", "15421", "15349", "14758");

    @Test
    void peopleWithARecordPerCommuneArriveAsTheSimulatorCountedThemAndNoIdentityNumberLeaks(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.health.record", "health-complete");
        Path input = bed.folder("health/complete/in");
        HealthFeed feed = new HealthExportSimulator(11, COMMUNES, YearMonth.of(2025, 7), 4, 3000).writeTo(input);

        bed.stack().connect().deploy("health-complete", connectorConfig(bed, topics, input, 500));
        bed.awaitComplete(topics, feed.acceptedLines(), feed.rejectedLines());
        bed.stack().connect().remove("health-complete");
        List<ConsumerRecord<byte[], byte[]>> events = bed.all(topics.raw());
        List<ConsumerRecord<byte[], byte[]>> deadLetters = bed.all(topics.dlq());

        assertThat((long) events.size()).isEqualTo(feed.acceptedLines());
        Map<String, Set<String>> peopleByCommune = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> record : events) {
            HealthRecordEvent event = bed.decode(topics.raw(), record.value());
            peopleByCommune.computeIfAbsent(event.getCommuneCode(), key -> new HashSet<>()).add(event.getPersonPseudonym());
        }
        Map<String, Integer> counted = new TreeMap<>();
        peopleByCommune.forEach((commune, people) -> counted.put(commune, people.size()));
        assertThat(counted).isEqualTo(feed.peopleWithRecordByCommune());

        assertThat(deadLetters).hasSize(feed.rejectedLines());
        Map<String, Integer> faults = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> record : deadLetters) {
            SourceDeadLetter letter = bed.decode(topics.dlq(), record.value());
            faults.merge(classify(letter.getReason()), 1, Integer::sum);
        }
        assertThat(faults).isEqualTo(feed.rejectedLinesByFault());
        // A person's number is typed differently from one receipt to the next: the counts above
        // match only if every form gives the same pseudonym. None of the forms may be stored.
        assertThat(new RawIdentifiers(feed.identityNumbers()).inFiles(input, ".jsonl")).as("the scan can see them").isNotEmpty();
        assertThat(RawIdentifiers.foundIn(feed.identityNumbers(), events, deadLetters)).isEmpty();
        assertThat(bed.rawIdentifiersAnywhere(feed.identityNumbers())).isEmpty();
    }

    @Test
    void aConnectorStoppedMidFeedResumesWithEveryLineOnce(ConnectorTestBed bed) {
        Topics topics = bed.topics("raw.health.record", "health-restart");
        Path input = bed.folder("health/restart/in");
        HealthFeed feed = new HealthExportSimulator(12, COMMUNES, YearMonth.of(2025, 7), 2, 40_000).writeTo(input);

        List<ConsumerRecord<byte[], byte[]>> all = bed.runStoppedMidFeed("health-restart", connectorConfig(bed, topics, input, 20), topics,
                150, feed.acceptedLines(), feed.rejectedLines());

        assertThat(all).extracting(record -> bed.<HealthRecordEvent>decode(topics.raw(), record.value()).getSourceLocation())
                .as("every line once").doesNotHaveDuplicates();
        assertThat((long) all.size()).isEqualTo(feed.acceptedLines());
    }

    private static Map<String, String> connectorConfig(ConnectorTestBed bed, Topics topics, Path input, int batchSize) {
        Path communes = input.resolveSibling("communes.csv");
        try {
            ReferenceFiles.communeCodes(communes, COMMUNES, java.time.LocalDate.of(2025, 7, 1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> settings = bed.folderSettings(input, topics);
        settings.put(HealthRecordFileSourceConfig.COMMUNE_CODES_CONFIG, communes.toString());
        settings.put(HealthRecordFileSourceConfig.PSEUDONYM_KEY_FILE_CONFIG, bed.pseudonymKey().toString());
        settings.put(HealthRecordFileSourceConfig.BATCH_SIZE_CONFIG, String.valueOf(batchSize));
        return HealthRecordFileSourceConfig.connectorConfig(settings);
    }

    private static String classify(String reason) {
        if (reason.contains("SO_CCCD is missing")) {
            return HealthExportSimulator.MISSING_ID;
        }
        if (reason.contains("is not a commune of the province")) {
            return HealthExportSimulator.UNKNOWN_COMMUNE;
        }
        if (reason.contains("yyyyMMddHHmmss")) {
            return HealthExportSimulator.IMPOSSIBLE_DATE;
        }
        if (reason.contains("not valid JSON")) {
            return HealthExportSimulator.BROKEN_JSON;
        }
        return reason;
    }
}
