package vn.thanhhoa.cds.connectors.periodicreport;

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
import vn.thanhhoa.cds.schemas.raw.PeriodicReportFiled;
import vn.thanhhoa.cds.simulators.periodicreport.PeriodicReportExportSimulator;
import vn.thanhhoa.cds.simulators.periodicreport.PeriodicReportFeed;
import vn.thanhhoa.cds.simulators.tthc.SimulatedAgency;

/** The periodic-report connector (2026 item 14) on the embedded stack, fed by the reporting-system simulator. */
@ExtendWith(ConnectorTestBed.Extension.class)
class PeriodicReportFileSourceConnectorTest {

    private static final List<SimulatedAgency> OFFICES = IntStream.range(0, 8)
            .mapToObj(i -> new SimulatedAgency("000.50." + (10 + i) + ".H56", String.valueOf(15900 + 3 * i))).toList();

    @Test
    void everyReportEndsFiledAsTheSimulatorFiledItAndBadLinesAreDeadLettered(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.periodic.report", "periodic-reports");
        Path input = bed.folder("periodic-report/in");
        PeriodicReportFeed feed = new PeriodicReportExportSimulator(51, OFFICES, YearMonth.of(2026, 1), 12).writeTo(input);
        bed.stack().connect().deploy("periodic-reports", connectorConfig(bed, topics, input, OFFICES, 500));
        bed.awaitComplete(topics, feed.acceptedLines(), feed.rejectedLines());
        bed.stack().connect().remove("periodic-reports");

        List<ConsumerRecord<byte[], byte[]>> records = bed.all(topics.raw());
        assertThat((long) records.size()).isEqualTo(feed.acceptedLines());
        Map<String, PeriodicReportFiled> latest = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            PeriodicReportFiled report = bed.decode(topics.raw(), record.value());
            latest.merge(report.getReportId(), report, (a, b) -> b.getUpdatedAt().isAfter(a.getUpdatedAt()) ? b : a);
        }
        Map<String, PeriodicReportFeed.ExpectedReport> states = new TreeMap<>();
        latest.forEach((id, report) -> states.put(id, new PeriodicReportFeed.ExpectedReport(report.getCommuneCode(), exported(report), report.getSecret())));
        assertThat(states).isEqualTo(feed.latest());

        assertThat(bed.faultsIn(topics.dlq(),
                "is not mapped", PeriodicReportExportSimulator.UNKNOWN_OFFICE,
                "is not a period", PeriodicReportExportSimulator.BAD_PERIOD,
                "'FAX' is not", PeriodicReportExportSimulator.UNKNOWN_CHANNEL,
                "needs ngayNop", PeriodicReportExportSimulator.FILED_WITHOUT_DATE,
                "not valid JSON", PeriodicReportExportSimulator.BROKEN_JSON))
                .isEqualTo(feed.rejectedLinesByFault());
    }

    @Test
    void aPeriodicReportConnectorStoppedMidFeedResumesWithEveryLineOnce(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.periodic.report", "periodic-reports-restart");
        Path input = bed.folder("periodic-report/restart/in");
        List<SimulatedAgency> offices = IntStream.range(0, 400)
                .mapToObj(i -> new SimulatedAgency(String.format("000.60.%03d.H56", i), String.valueOf(16100 + i))).toList();
        PeriodicReportFeed feed = new PeriodicReportExportSimulator(52, offices, YearMonth.of(2025, 7), 24).writeTo(input);

        List<ConsumerRecord<byte[], byte[]>> records = bed.runStoppedMidFeed("periodic-reports-restart", connectorConfig(bed, topics, input, offices, 10),
                topics, 100, feed.acceptedLines(), feed.rejectedLines());

        assertThat((long) records.size()).isEqualTo(feed.acceptedLines());
        assertThat(records).extracting(record -> bed.<PeriodicReportFiled>decode(topics.raw(), record.value()).getSourceLocation())
                .doesNotHaveDuplicates();
    }

    private static Map<String, String> connectorConfig(ConnectorTestBed bed, Topics topics, Path input, List<SimulatedAgency> offices, int batchSize)
            throws Exception {
        Path agencies = ReferenceFiles.agencyMapping(input.resolveSibling("offices.csv"), offices, LocalDate.of(2025, 7, 1));
        Map<String, String> settings = bed.folderSettings(input, topics);
        settings.put(PeriodicReportFileSourceConfig.AGENCY_MAPPING_CONFIG, agencies.toString());
        settings.put(PeriodicReportFileSourceConfig.BATCH_SIZE_CONFIG, String.valueOf(batchSize));
        return PeriodicReportFileSourceConfig.connectorConfig(settings);
    }

    private static String exported(PeriodicReportFiled report) {
        return switch (report.getChannel()) {
            case PROVINCIAL_SYSTEM -> "HE_THONG";
            case PAPER -> "GIAY";
            case EMAIL -> "THU_DIEN_TU";
            case NOT_FILED -> null;
        };
    }
}
