package vn.thanhhoa.cds.connectors.tthc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed;
import vn.thanhhoa.cds.connectors.testbed.ReferenceFiles;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed.Topics;
import vn.thanhhoa.cds.connectors.testbed.RawIdentifiers;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.raw.ReceivingChannel;
import vn.thanhhoa.cds.schemas.raw.SourceDeadLetter;
import vn.thanhhoa.cds.simulators.tthc.DossierExportSimulator;
import vn.thanhhoa.cds.simulators.tthc.DossierFeed;
import vn.thanhhoa.cds.simulators.tthc.ExpectedDossier;
import vn.thanhhoa.cds.simulators.tthc.SimulatedAgency;

/**
 * The dossier connector in a real Connect worker on the embedded broker and registry, fed by the
 * simulator. Expected values come from the simulator's own account of what it wrote.
 */
@ExtendWith(ConnectorTestBed.Extension.class)
class DossierFileSourceConnectorTest {

    private static final List<SimulatedAgency> AGENCIES = IntStream.range(0, 8)
            .mapToObj(i -> new SimulatedAgency("000.20." + (40 + i) + ".H56", String.valueOf(15400 + 3 * i))).toList();

    private static Path agencies;

    @BeforeAll
    static void writeAgencyMapping(ConnectorTestBed bed) throws Exception {
        agencies = ReferenceFiles.agencyMapping(bed.folder("tthc").resolve("agencies.csv"), AGENCIES, LocalDate.of(2020, 1, 1));
    }

    @Test
    void theSimulatedFeedArrivesCompleteAndEveryBadInputIsDeadLettered(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.tthc.dossier", "dossier-complete");
        Path input = bed.folder("tthc/complete/in");
        DossierFeed feed = new DossierExportSimulator(42, AGENCIES, YearMonth.of(2025, 6), 3, 400).writeTo(input);
        writeAwkwardFiles(input);
        int awkwardRejections = 4;

        bed.stack().connect().deploy("dossiers-complete", connectorConfig(bed, topics, input, 500));
        long expectedAccepted = feed.linesWritten() - feed.rejectedLines();
        bed.awaitComplete(topics, expectedAccepted, feed.rejectedLines() + awkwardRejections);
        bed.stack().connect().remove("dossiers-complete");
        // Read after the stop: anything written twice would show now.
        List<ConsumerRecord<byte[], byte[]>> dossiers = bed.all(topics.raw());
        List<ConsumerRecord<byte[], byte[]>> deadLetters = bed.all(topics.dlq());

        assertThat(dossiers).hasSize((int) expectedAccepted);
        Map<String, Integer> latestStatus = new HashMap<>();
        Map<String, DossierStatusChanged> anyRecord = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : dossiers) {
            DossierStatusChanged dossier = bed.decode(topics.raw(), record.value());
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(dossier.getDossierCode());
            latestStatus.merge(dossier.getDossierCode(), dossier.getStatus(), Math::max);
            anyRecord.put(dossier.getDossierCode(), dossier);
        }
        assertThat(latestStatus.keySet()).isEqualTo(feed.acceptedDossiers().keySet());
        for (ExpectedDossier expected : feed.acceptedDossiers().values()) {
            DossierStatusChanged actual = anyRecord.get(expected.dossierCode());
            assertThat(latestStatus.get(expected.dossierCode())).as(expected.dossierCode()).isEqualTo(expected.finalStatus());
            assertThat(actual.getCommuneCode()).isEqualTo(expected.communeCode());
            assertThat(actual.getChannel()).isEqualTo(expected.online() ? ReceivingChannel.ONLINE : ReceivingChannel.DIRECT);
            assertThat(actual.getPaidOnline()).isEqualTo(expected.paidOnline());
            assertThat(actual.getApplicantAdult()).as("adult, from the birth year the simulator chose").isEqualTo(expected.applicantAdult());
            assertThat(actual.getApplicantResidenceCommuneCode()).as("the sync format carries no residence").isNull();
        }
        assertThat(feed.acceptedDossiers().values()).as("the feed has adults, minors and applicants who cannot be told")
                .anyMatch(d -> Boolean.TRUE.equals(d.applicantAdult())).anyMatch(d -> Boolean.FALSE.equals(d.applicantAdult()))
                .anyMatch(d -> d.applicantAdult() == null);

        assertThat(deadLetters).hasSize(feed.rejectedLines() + awkwardRejections);
        Map<String, Integer> reasons = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : deadLetters) {
            SourceDeadLetter letter = bed.decode(topics.dlq(), record.value());
            assertThat(letter.getFile()).isNotBlank();
            reasons.merge(classify(letter.getReason()), 1, Integer::sum);
        }
        assertThat(reasons).containsEntry(DossierExportSimulator.UNKNOWN_AGENCY, feed.rejectedLinesByFault().get(DossierExportSimulator.UNKNOWN_AGENCY))
                .containsEntry(DossierExportSimulator.BROKEN_JSON, feed.rejectedLinesByFault().get(DossierExportSimulator.BROKEN_JSON))
                .containsEntry(DossierExportSimulator.IMPOSSIBLE_DATE, feed.rejectedLinesByFault().get(DossierExportSimulator.IMPOSSIBLE_DATE))
                .containsEntry("empty file", 1).containsEntry("archive", 1).containsEntry("encoding", 1).containsEntry("too long", 1);
        assertThat(input.resolveSibling("quarantine/empty.jsonl")).exists();
        assertThat(input.resolveSibling("quarantine/report.jsonl.reason.txt")).content().contains("ZIP/XLSX");

        // No raw citizen identifier, in any form the simulator typed it, anywhere: this test's
        // topics, every other topic, the quarantine notes. The scan itself must be able to see them:
        // the export files hold every one.
        assertThat(feed.identityNumbers()).anyMatch(id -> id.contains(" ")).anyMatch(id -> id.contains("-"))
                .anyMatch(id -> id.replace(" ", "").length() == 9).anyMatch(id -> Character.isLetter(id.charAt(0)));
        RawIdentifiers scan = new RawIdentifiers(feed.identityNumbers());
        assertThat(scan.inFiles(input, ".jsonl").size() + scan.inFiles(input.resolveSibling("quarantine"), ".jsonl").size())
                .as("the scan finds the identifiers where they are").isPositive();
        assertThat(RawIdentifiers.foundIn(feed.identityNumbers(), dossiers, deadLetters)).isEmpty();
        assertThat(bed.rawIdentifiersAnywhere(feed.identityNumbers())).isEmpty();
    }

    @Test
    void aConnectorStoppedMidFeedResumesWithEveryLineOnceAndNoGap(ConnectorTestBed bed) {
        Topics topics = bed.topics("raw.tthc.dossier", "dossier-restart");
        Path input = bed.folder("tthc/restart/in");
        DossierFeed feed = new DossierExportSimulator(7, AGENCIES, YearMonth.of(2025, 9), 2, 40_000).writeTo(input);
        long expectedAccepted = feed.linesWritten() - feed.rejectedLines();

        List<ConsumerRecord<byte[], byte[]>> all = bed.runStoppedMidFeed("dossiers-restart", connectorConfig(bed, topics, input, 20), topics,
                150, expectedAccepted, feed.rejectedLines());

        assertThat(all).hasSize((int) expectedAccepted);
        // Each stored record names the file line it came from: every accepted line exactly once.
        assertThat(all).extracting(record -> bed.<DossierStatusChanged>decode(topics.raw(), record.value()).getSourceLocation())
                .doesNotHaveDuplicates();
        assertThat(bed.all(topics.dlq())).hasSize(feed.rejectedLines());
    }

    private static Map<String, String> connectorConfig(ConnectorTestBed bed, Topics topics, Path input, int batchSize) {
        Map<String, String> settings = bed.folderSettings(input, topics);
        settings.put(DossierFileSourceConfig.AGENCY_MAPPING_CONFIG, agencies.toString());
        settings.put(DossierFileSourceConfig.PSEUDONYM_KEY_FILE_CONFIG, bed.pseudonymKey().toString());
        settings.put(DossierFileSourceConfig.BATCH_SIZE_CONFIG, String.valueOf(batchSize));
        settings.put(DossierFileSourceConfig.MAX_LINE_BYTES_CONFIG, "65536");
        return DossierFileSourceConfig.connectorConfig(settings);
    }

    /** Files of kinds the simulator does not write: empty, an archive, a Latin-1 line, a huge line. */
    private static void writeAwkwardFiles(Path input) throws Exception {
        Files.write(input.resolve("empty.jsonl"), new byte[0]);
        Files.write(input.resolve("report.jsonl"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.write("{\"MaHoSo\":\"x\",\"ChuHoSo\":\"Nguy".getBytes(StandardCharsets.UTF_8));
        latin1.write(new byte[] {(byte) 0xEA, (byte) 0xF1});
        latin1.write("n\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(input.resolve("zz-encoding.jsonl"), latin1.toByteArray());
        Files.writeString(input.resolve("zz-huge.jsonl"), "{\"MaHoSo\":\"" + "9".repeat(100_000) + "\"}\n");
    }

    private static String classify(String reason) {
        if (reason.contains("is not mapped to any commune")) {
            return DossierExportSimulator.UNKNOWN_AGENCY;
        }
        if (reason.contains("not valid JSON")) {
            return DossierExportSimulator.BROKEN_JSON;
        }
        if (reason.contains("yyyyMMddHHmmss")) {
            return DossierExportSimulator.IMPOSSIBLE_DATE;
        }
        if (reason.contains("empty")) {
            return "empty file";
        }
        if (reason.contains("ZIP/XLSX")) {
            return "archive";
        }
        if (reason.contains("UTF-8")) {
            return "encoding";
        }
        if (reason.contains("more than the limit")) {
            return "too long";
        }
        return reason;
    }
}
