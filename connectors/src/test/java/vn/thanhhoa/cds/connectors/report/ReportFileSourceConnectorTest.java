package vn.thanhhoa.cds.connectors.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed;
import vn.thanhhoa.cds.connectors.testbed.ReferenceFiles;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed.Topics;
import vn.thanhhoa.cds.schemas.raw.ReportSource;
import vn.thanhhoa.cds.schemas.raw.ReportedMeasure;
import vn.thanhhoa.cds.schemas.raw.SourceDeadLetter;
import vn.thanhhoa.cds.simulators.report.MonthlyReportSimulator;
import vn.thanhhoa.cds.simulators.report.PoisonedReports;
import vn.thanhhoa.cds.simulators.report.ReportFeed;

/** Bank (XLSX), telecom and power company (CSV) monthly reports through three connector instances on the embedded stack. */
@ExtendWith(ConnectorTestBed.Extension.class)
class ReportFileSourceConnectorTest {

    private static final Map<String, String> COMMUNES = new LinkedHashMap<>();

    static {
        COMMUNES.put("15763", "Xã Thọ Phú");
        COMMUNES.put("15889", "Xã Hoằng Phú");
        COMMUNES.put("15442", "Xã Yên Ninh");
        COMMUNES.put("15421", "Xã Yên Trường");
        COMMUNES.put("15349", "Xã Vĩnh Lộc");
        COMMUNES.put("14758", "Phường Hàm Rồng");
    }

    @Test
    void everyValueOfEveryReportArrivesAndBadRowsAndFilesAreReported(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.reported.measure", "reports");
        Path bank = bed.folder("reports/bank/in");
        Path telecom = bed.folder("reports/telecom/in");
        Path power = bed.folder("reports/power/in");
        ReportFeed feed = new MonthlyReportSimulator(5, COMMUNES, YearMonth.of(2026, 1), 3).writeTo(bank, telecom, power);
        Path communes = bed.folder("reports").resolve("communes.csv");
        ReferenceFiles.communeCodes(communes, COMMUNES.keySet(), LocalDate.of(2025, 7, 1));
        Files.writeString(communes, MonthlyReportSimulator.PRE_REFORM_COMMUNE + ",2000-01-01,2025-06-30\n", java.nio.file.StandardOpenOption.APPEND);

        bed.stack().connect().deploy("bank-reports", config(bed, topics, bank, "BANK", communes));
        bed.stack().connect().deploy("telecom-reports", config(bed, topics, telecom, "TELECOM", communes));
        bed.stack().connect().deploy("power-reports", config(bed, topics, power, "POWER", communes));
        bed.awaitRecords(topics.raw(), feed.acceptedValues().size());
        bed.awaitRecords(topics.dlq(), feed.rejectedRows() + feed.quarantinedFiles().size());
        bed.stack().connect().remove("bank-reports");
        bed.stack().connect().remove("telecom-reports");
        bed.stack().connect().remove("power-reports");

        Map<String, Double> values = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> record : bed.all(topics.raw())) {
            ReportedMeasure measure = bed.decode(topics.raw(), record.value());
            String key = measure.getCommuneCode() + "|" + measure.getMeasure() + "|" + measure.getPeriod();
            assertThat(values.put(key, measure.getValue())).as("twice: " + key).isNull();
            assertThat(measure.getSource()).isEqualTo(switch (measure.getMeasure().substring(0, measure.getMeasure().indexOf('.'))) {
                case "bank" -> ReportSource.BANK;
                case "telecom" -> ReportSource.TELECOM;
                case "power" -> ReportSource.POWER;
                default -> throw new AssertionError("no reporting body produces " + measure.getMeasure());
            });
            assertThat(measure.getRow()).isPositive();
        }
        assertThat(values).isEqualTo(feed.acceptedValues());

        List<ConsumerRecord<byte[], byte[]>> deadLetters = bed.all(topics.dlq());
        assertThat(deadLetters).hasSize(feed.rejectedRows() + feed.quarantinedFiles().size());
        Map<String, Integer> reasons = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : deadLetters) {
            SourceDeadLetter letter = bed.decode(topics.dlq(), record.value());
            String reason = letter.getReason();
            reasons.merge(reason.contains("99999") ? "unknown commune"
                    : reason.contains(MonthlyReportSimulator.PRE_REFORM_COMMUNE) && reason.contains("only until 2025-06-30") ? "pre-reform commune" : reason.contains("không có") ? "not a number"
                    : reason.contains("empty") ? "empty" : reason.contains("no report period") ? "no period" : reason, 1, Integer::sum);
        }
        assertThat(reasons).containsOnly(Map.entry("unknown commune", 3), Map.entry("not a number", 3), Map.entry("pre-reform commune", 3), Map.entry("empty", 1), Map.entry("no period", 1));
        for (String quarantined : feed.quarantinedFiles()) {
            Path folder = quarantined.contains("ngan-hang") ? bank : telecom;
            assertThat(folder.resolveSibling("quarantine").resolve(quarantined)).exists();
        }
    }

    @Test
    void aReportConnectorStoppedMidFeedResumesWithEveryValueOnce(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.reported.measure", "reports-restart");
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            many.put(String.valueOf(16000 + i), "Xã số " + i);
        }
        Path bank = bed.folder("reports-restart/bank/in");
        Path telecom = bed.folder("reports-restart/telecom/in");
        ReportFeed feed = new MonthlyReportSimulator(6, many, YearMonth.of(2025, 7), 36).writeTo(bank, telecom, bed.folder("reports-restart/power/in"));
        Path communes = bed.folder("reports-restart").resolve("communes.csv");
        ReferenceFiles.communeCodes(communes, many.keySet(), LocalDate.of(2025, 7, 1));
        Map<String, String> config = new HashMap<>(config(bed, topics, telecom, "TELECOM", communes));
        config.put(ReportFileSourceConfig.BATCH_SIZE_CONFIG, "5");
        long expected = feed.acceptedValues().keySet().stream().filter(key -> key.contains("|telecom.")).count();

        bed.runStoppedMidFeed("telecom-restart", config, topics.raw(), 100, expected);

        Map<String, Double> values = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> record : bed.all(topics.raw())) {
            ReportedMeasure measure = bed.decode(topics.raw(), record.value());
            String key = measure.getCommuneCode() + "|" + measure.getMeasure() + "|" + measure.getPeriod();
            assertThat(values.put(key, measure.getValue())).as("twice: " + key).isNull();
        }
        assertThat((long) values.size()).isEqualTo(expected);
    }

    @Test
    void poisonedFilesAreQuarantinedWithTheirReasonAndTheReportsAfterThemAreReadAlsoAfterARestart(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.reported.measure", "poisoned");
        Path telecom = bed.folder("poisoned/telecom/in");
        Path quarantine = telecom.resolveSibling("quarantine");
        Map<String, String> poisoned = PoisonedReports.writeAll(telecom, "2026-01");
        ReportFeed january = new MonthlyReportSimulator(8, COMMUNES, YearMonth.of(2026, 1), 1)
                .writeTo(bed.folder("poisoned/bank/in"), telecom, bed.folder("poisoned/power/in"));
        Path communes = bed.folder("poisoned").resolve("communes.csv");
        ReferenceFiles.communeCodes(communes, COMMUNES.keySet(), LocalDate.of(2025, 7, 1));
        Map<String, String> config = config(bed, topics, telecom, "TELECOM", communes);
        long januaryValues = january.acceptedValues().keySet().stream().filter(key -> key.contains("|telecom.")).count();

        bed.stack().connect().deploy("telecom-poisoned", config);
        bed.awaitRecords(topics.raw(), januaryValues);
        bed.awaitRecords(topics.dlq(), poisoned.size());

        assertThat(bed.stack().connect().taskStates("telecom-poisoned")).containsOnly("RUNNING");
        Map<String, String> quarantinedFiles = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> record : bed.all(topics.dlq())) {
            SourceDeadLetter letter = bed.decode(topics.dlq(), record.value());
            if (letter.getLine() == null) {
                quarantinedFiles.put(letter.getFile(), letter.getReason());
            }
        }
        assertThat(quarantinedFiles).containsKeys(poisoned.keySet().toArray(String[]::new));
        for (String name : poisoned.keySet()) {
            assertThat(quarantine.resolve(name)).as(poisoned.get(name)).exists();
            assertThat(telecom.resolve(name)).as(poisoned.get(name)).doesNotExist();
            assertThat(quarantine.resolve(name + ".reason.txt")).as(poisoned.get(name)).content().isNotBlank();
        }

        // Restarted: the poisoned files are not met again, and the next month's report is read.
        bed.stack().connect().remove("telecom-poisoned");
        PoisonedReports.writeAll(telecom, "2026-02");
        ReportFeed february = new MonthlyReportSimulator(9, COMMUNES, YearMonth.of(2026, 2), 1)
                .writeTo(bed.folder("poisoned/bank2/in"), telecom, bed.folder("poisoned/power2/in"));
        long februaryValues = february.acceptedValues().keySet().stream().filter(key -> key.contains("|telecom.")).count();
        bed.stack().connect().deploy("telecom-poisoned", config);
        bed.awaitRecords(topics.raw(), januaryValues + februaryValues);
        bed.awaitRecords(topics.dlq(), 2L * poisoned.size());
        assertThat(bed.stack().connect().taskStates("telecom-poisoned")).containsOnly("RUNNING");
        bed.stack().connect().remove("telecom-poisoned");
        assertThat(bed.all(topics.raw())).hasSize((int) (januaryValues + februaryValues));
    }

    private static Map<String, String> config(ConnectorTestBed bed, Topics topics, Path input, String source, Path communes) {
        Map<String, String> settings = bed.folderSettings(input, topics);
        settings.put(ReportFileSourceConfig.SOURCE_CONFIG, source);
        settings.put(ReportFileSourceConfig.COMMUNE_CODES_CONFIG, communes.toString());
        return ReportFileSourceConfig.connectorConfig(settings);
    }
}
