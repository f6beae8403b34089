package vn.thanhhoa.cds.connectors.tthc;

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
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed;
import vn.thanhhoa.cds.connectors.testbed.ReferenceFiles;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed.Topics;
import vn.thanhhoa.cds.connectors.testbed.RawIdentifiers;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.simulators.tthc.DossierExportSimulator;
import vn.thanhhoa.cds.simulators.tthc.DossierFeed;
import vn.thanhhoa.cds.simulators.tthc.OneStopApiServer;
import vn.thanhhoa.cds.simulators.tthc.SimulatedAgency;

/** The change-feed connector against the fake one-stop HTTP server, on the embedded stack. */
@ExtendWith(ConnectorTestBed.Extension.class)
class DossierApiSourceConnectorTest {

    private static final List<SimulatedAgency> AGENCIES = IntStream.range(0, 5)
            .mapToObj(i -> new SimulatedAgency("000.21." + (10 + i) + ".H56", String.valueOf(15500 + 11 * i))).toList();

    @Test
    void theFeedArrivesCompleteThroughAnOutageAndAStopWithEveryChangeOnce(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.tthc.dossier", "dossier-api");
        DossierFeed feed = new DossierExportSimulator(99, AGENCIES, YearMonth.of(2026, 4), 2, 1500).writeTo(bed.folder("tthc-api/export"));
        long expectedAccepted = feed.linesWritten() - feed.rejectedLines();
        try (OneStopApiServer api = OneStopApiServer.serving(feed)) {
            assertThat((long) api.changeCount()).isEqualTo(feed.linesWritten());
            api.failNext(4);
            Map<String, String> config = config(bed, topics, api.url());

            bed.stack().connect().deploy("dossier-api", config);
            bed.awaitRecords(topics.raw(), 200);
            assertThat(vn.thanhhoa.cds.connectors.testbed.IntakeMetrics.read("tthc-api", DossierApiSourceTask.FEED_RETRIES))
                    .as("the retries an operator sees").isEqualTo(4);
            bed.stack().connect().remove("dossier-api");
            long afterStop = bed.all(topics.raw()).size();
            assertThat(afterStop).as("stopped mid-feed").isBetween(200L, expectedAccepted - 1);

            bed.stack().connect().deploy("dossier-api", config);
            bed.awaitComplete(topics, expectedAccepted, feed.rejectedLines());
            bed.stack().connect().remove("dossier-api");
            // The outage was served and retried: four 503 answers, each followed by the same cursor asked again, the last by a 200.
            List<OneStopApiServer.Answer> answers = api.answers();
            assertThat(answers.stream().filter(answer -> answer.status() == 503).count()).as("503 answers served").isEqualTo(4);
            for (int i = 0; i < answers.size(); i++) {
                if (answers.get(i).status() == 503) {
                    assertThat(answers).as("a request after the 503 of request " + (i + 1)).hasSizeGreaterThan(i + 1);
                    assertThat(answers.get(i + 1).cursor()).as("asked again from the same cursor after a 503").isEqualTo(answers.get(i).cursor());
                }
            }
            assertThat(answers.get(4)).as("the first request after the outage").isEqualTo(new OneStopApiServer.Answer(0, 200));
        }

        List<ConsumerRecord<byte[], byte[]>> all = bed.all(topics.raw());
        assertThat((long) all.size()).isEqualTo(expectedAccepted);
        Set<String> changes = new HashSet<>();
        Map<String, Integer> latestStatus = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : all) {
            DossierStatusChanged dossier = bed.decode(topics.raw(), record.value());
            assertThat(changes.add(dossier.getSourceLocation())).as("twice: " + dossier.getSourceLocation()).isTrue();
            latestStatus.merge(dossier.getDossierCode(), dossier.getStatus(), Math::max);
        }
        assertThat(latestStatus.keySet()).isEqualTo(feed.acceptedDossiers().keySet());
        feed.acceptedDossiers().values().forEach(expected -> assertThat(latestStatus.get(expected.dossierCode())).isEqualTo(expected.finalStatus()));
        assertThat(bed.all(topics.dlq())).hasSize(feed.rejectedLines());
        assertThat(RawIdentifiers.foundIn(feed.identityNumbers(), all, bed.all(topics.dlq()))).isEmpty();
    }

    private static Map<String, String> config(ConnectorTestBed bed, Topics topics, String url) throws Exception {
        Path agencies = ReferenceFiles.agencyMapping(bed.folder("tthc-api").resolve("agencies.csv"), AGENCIES, LocalDate.of(2025, 7, 1));
        Map<String, String> settings = new HashMap<>();
        settings.put(DossierApiSourceConfig.API_URL_CONFIG, url);
        settings.put(DossierApiSourceConfig.PAGE_SIZE_CONFIG, "25");
        settings.put(DossierApiSourceConfig.POLL_INTERVAL_CONFIG, "100");
        settings.put(DossierApiSourceConfig.RETRY_BACKOFF_CONFIG, "100");
        settings.put(DossierFileSourceConfig.AGENCY_MAPPING_CONFIG, agencies.toString());
        settings.put(DossierFileSourceConfig.PSEUDONYM_KEY_FILE_CONFIG, bed.pseudonymKey().toString());
        settings.put(DossierApiSourceConfig.REGISTRY_URL_CONFIG, bed.stack().registry().url());
        settings.put(DossierApiSourceConfig.TOPIC_CONFIG, topics.raw());
        settings.put(DossierApiSourceConfig.DLQ_TOPIC_CONFIG, topics.dlq());
        return DossierApiSourceConfig.connectorConfig(settings);
    }
}
