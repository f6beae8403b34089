package vn.thanhhoa.cds.connectors.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.connectors.deadletter.IntakeCounts;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed;
import vn.thanhhoa.cds.connectors.testbed.ReferenceFiles;
import vn.thanhhoa.cds.connectors.testbed.IntakeMetrics;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed.Topics;
import vn.thanhhoa.cds.schemas.raw.Declaration;
import vn.thanhhoa.cds.simulators.declaration.DeclarationSimulator;

/** The declaration connector on the embedded stack, fed by the declaration simulator. */
@ExtendWith(ConnectorTestBed.Extension.class)
class DeclarationFileSourceConnectorTest {

    private static final List<String> COMMUNES = List.of("15763", "15889", "15442", "15421", "15349", "14758");

    @Test
    void everyDeclarationArrivesAndEveryFaultIsDeadLettered(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.declaration", "declarations");
        Path input = bed.folder("declaration/in");
        DeclarationSimulator.Result feed = new DeclarationSimulator(31, COMMUNES).writeTo(input.resolve("ke-khai-2026.jsonl"));
        Path communes = ReferenceFiles.communeCodes(input.resolveSibling("communes.csv"), COMMUNES, LocalDate.of(2025, 7, 1));
        bed.stack().connect().deploy("declarations", connectorConfig(bed, topics, input, communes, 500));
        bed.awaitComplete(topics, feed.accepted().size(), feed.rejectedLines());
        // The counts an operator sees (JMX), before the task stops and takes its metrics with it.
        assertThat(IntakeMetrics.read("declaration", IntakeCounts.ACCEPTED)).isEqualTo(feed.accepted().size());
        assertThat(IntakeMetrics.read("declaration", IntakeCounts.REJECTED)).isEqualTo(feed.rejectedLines());
        bed.stack().connect().remove("declarations");

        // A multiset of key and content, not a map: a declaration handed on twice shows as two entries.
        List<String> declared = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : bed.all(topics.raw())) {
            Declaration declaration = bed.decode(topics.raw(), record.value());
            List<String> parts = new ArrayList<>();
            if (declaration.getMet() != null) {
                parts.add("dat=" + declaration.getMet());
            }
            if (declaration.getValue() != null) {
                parts.add("giaTri=" + Math.round(declaration.getValue()));
            }
            if (declaration.getDenominatorValue() != null) {
                parts.add("mauSo=" + Math.round(declaration.getDenominatorValue()));
            }
            new TreeMap<>(declaration.getParts()).forEach((measure, value) -> parts.add(measure + "=" + (value == 1.0)));
            declared.add(new String(record.key(), java.nio.charset.StandardCharsets.UTF_8) + " → " + String.join(";", parts));
        }
        List<String> expected = new ArrayList<>();
        feed.accepted().forEach((key, parts) -> expected.add(key + " → " + parts));
        assertThat(declared).containsExactlyInAnyOrderElementsOf(expected);

        assertThat(bed.faultsIn(topics.dlq(),
                "evidence", DeclarationSimulator.NO_EVIDENCE,
                "is not a commune", DeclarationSimulator.UNKNOWN_COMMUNE,
                "not an indicator code", DeclarationSimulator.BAD_CODE,
                "outside the years", DeclarationSimulator.WRONG_YEAR,
                "is measured from tthc data, not declared", DeclarationSimulator.MEASURED_BY_SYSTEM))
                .isEqualTo(feed.rejectedLinesByFault());
    }

    @Test
    void aDeclarationConnectorStoppedMidFeedResumesWithEveryDeclarationOnce(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.declaration", "declarations-restart");
        Path input = bed.folder("declaration/restart/in");
        List<String> communes = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> String.valueOf(16100 + i)).toList();
        DeclarationSimulator.Result feed = new DeclarationSimulator(32, communes).writeTo(input.resolve("ke-khai.jsonl"));
        Path codes = ReferenceFiles.communeCodes(input.resolveSibling("communes.csv"), communes, LocalDate.of(2025, 7, 1));

        List<ConsumerRecord<byte[], byte[]>> records = bed.runStoppedMidFeed("declarations-restart", connectorConfig(bed, topics, input, codes, 10),
                topics, 100, feed.accepted().size(), feed.rejectedLines());

        assertThat(records).hasSize(feed.accepted().size());
        assertThat(records).extracting(record -> new String(record.key(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(feed.accepted().keySet());
    }

    private static Map<String, String> connectorConfig(ConnectorTestBed bed, Topics topics, Path input, Path communes, int batchSize) {
        Map<String, String> settings = bed.folderSettings(input, topics);
        settings.put(DeclarationFileSourceConfig.COMMUNE_CODES_CONFIG, communes.toString());
        settings.put(DeclarationFileSourceConfig.BATCH_SIZE_CONFIG, String.valueOf(batchSize));
        return DeclarationFileSourceConfig.connectorConfig(settings);
    }
}
