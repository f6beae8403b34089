package vn.thanhhoa.cds.connectors.document;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.thanhhoa.cds.schemas.raw.DocumentRecorded;
import vn.thanhhoa.cds.simulators.document.DocumentExportSimulator;
import vn.thanhhoa.cds.simulators.document.DocumentFeed;
import vn.thanhhoa.cds.simulators.tthc.SimulatedAgency;

/** The document connector on the embedded stack, fed by the document simulator. */
@ExtendWith(ConnectorTestBed.Extension.class)
class DocumentFileSourceConnectorTest {

    private static final List<SimulatedAgency> OFFICES = IntStream.range(0, 6)
            .mapToObj(i -> new SimulatedAgency("000.30." + (10 + i) + ".H56", String.valueOf(15700 + 7 * i))).toList();

    @Test
    void documentsPerCommuneArriveAsTheSimulatorCountedThemWithSecretOnesFlagged(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.document", "documents");
        Path input = bed.folder("document/in");
        DocumentFeed feed = new DocumentExportSimulator(21, OFFICES, YearMonth.of(2026, 1), 3, 2500).writeTo(input);
        bed.stack().connect().deploy("documents", connectorConfig(bed, topics, input, 500));
        bed.awaitComplete(topics, feed.acceptedLines(), feed.rejectedLines());
        bed.stack().connect().remove("documents");

        Map<String, int[]> counts = new TreeMap<>();
        List<ConsumerRecord<byte[], byte[]>> documents = bed.all(topics.raw());
        assertThat((long) documents.size()).isEqualTo(feed.acceptedLines());
        for (ConsumerRecord<byte[], byte[]> record : documents) {
            DocumentRecorded document = bed.decode(topics.raw(), record.value());
            int[] count = counts.computeIfAbsent(document.getCommuneCode(), key -> new int[3]);
            count[DocumentFeed.ALL]++;
            if (!document.getSecret()) {
                count[DocumentFeed.NOT_SECRET]++;
                if (document.getProcessedElectronically()) {
                    count[DocumentFeed.NOT_SECRET_ELECTRONIC]++;
                }
            }
        }
        assertThat(counts.keySet()).isEqualTo(feed.countsByCommune().keySet());
        counts.forEach((commune, count) -> assertThat(count).as(commune).containsExactly(feed.countsByCommune().get(commune)));

        assertThat(bed.faultsIn(topics.dlq(),
                "is not mapped", DocumentExportSimulator.UNKNOWN_OFFICE,
                "is not an edXML status", DocumentExportSimulator.UNKNOWN_STATUS,
                "ISO date-time", DocumentExportSimulator.BAD_TIMESTAMP,
                "not valid JSON", DocumentExportSimulator.BROKEN_JSON))
                .isEqualTo(feed.rejectedLinesByFault());
    }

    @Test
    void aDocumentConnectorStoppedMidFeedResumesWithEveryLineOnce(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.document", "documents-restart");
        Path input = bed.folder("document/restart/in");
        DocumentFeed feed = new DocumentExportSimulator(22, OFFICES, YearMonth.of(2025, 7), 6, 40_000).writeTo(input);

        List<ConsumerRecord<byte[], byte[]>> records = bed.runStoppedMidFeed("documents-restart", connectorConfig(bed, topics, input, 10),
                topics, 200, feed.acceptedLines(), feed.rejectedLines());

        assertThat((long) records.size()).isEqualTo(feed.acceptedLines());
        assertThat(records).extracting(record -> bed.<DocumentRecorded>decode(topics.raw(), record.value()).getSourceLocation()).doesNotHaveDuplicates();
    }

    private static Map<String, String> connectorConfig(ConnectorTestBed bed, Topics topics, Path input, int batchSize) throws Exception {
        Path agencies = ReferenceFiles.agencyMapping(input.resolveSibling("offices.csv"), OFFICES, LocalDate.of(2025, 7, 1));
        Map<String, String> settings = bed.folderSettings(input, topics);
        settings.put(DocumentFileSourceConfig.AGENCY_MAPPING_CONFIG, agencies.toString());
        settings.put(DocumentFileSourceConfig.BATCH_SIZE_CONFIG, String.valueOf(batchSize));
        return DocumentFileSourceConfig.connectorConfig(settings);
    }
}
