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
        bed.awaitComplete(topics, feed.acceptedValues().size(), feed.rejectedRows() + feed.quarantinedFiles().size());
        bed.stack().connect().remove("bank-reports");
        bed.stack().connect().remove("telecom-reports");
        bed.stack().connect().remove("power-reports");

        Map<String, Double> values = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> record : bed.all(topics.raw())) {
            ReportedMeasure measure = bed.decode(topics.raw(), record.value());
            String key = measure.getCommuneCode() + "|" + measure.getMeasure() + "|" + measure.getPeriod();
            assertThat(values).as("twice: " + key).doesNotContainKey(key);
            values.put(key, measure.getValue());
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
                    : reason.contains(MonthlyReportSimulator.PRE_REFORM_COMMUNE) && reason.contains("only until 2025-06-30") ? "pre-reform commune" : reason.contains("chưa báo cáo") ? "not a number"
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
        long deadLetters = feed.rejected("telecom") + feed.quarantinedFiles().stream().filter(name -> name.contains("vien-thong")).count();

        bed.runStoppedMidFeed("telecom-restart", config, topics, 100, expected, deadLetters);

        Map<String, Double> values = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> record : bed.all(topics.raw())) {
            ReportedMeasure measure = bed.decode(topics.raw(), record.value());
            String key = measure.getCommuneCode() + "|" + measure.getMeasure() + "|" + measure.getPeriod();
            assertThat(values).as("twice: " + key).doesNotContainKey(key);
            values.put(key, measure.getValue());
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
        bed.awaitComplete(topics, januaryValues, poisoned.size());

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
        bed.awaitComplete(topics, januaryValues + februaryValues, 2L * poisoned.size());
        assertThat(bed.stack().connect().taskStates("telecom-poisoned")).containsOnly("RUNNING");
        bed.stack().connect().remove("telecom-poisoned");
        assertThat(bed.all(topics.raw())).hasSize((int) (januaryValues + februaryValues));
    }

    @Test
    void twoOperatorsReportingOneCommuneAndMonthAreTwoValuesCombinedByTheMeasuresRule(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.reported.measure", "two-operators");
        Path telecom = bed.folder("two-operators/telecom/in");
        String header = "Mã xã;Tên xã;Dân số trong vùng phủ sóng 4G/5G;Hộ gia đình được phủ cáp quang và 4G/5G;"
                + "Hộ gia đình có kết nối Internet băng rộng cáp quang;Người sử dụng có khả năng truy cập băng rộng cố định trên 1 Gb/s;"
                + "Thuê bao điện thoại thông minh;Thuê bao điện thoại thông minh có phần mềm an toàn thông tin cơ bản;"
                + "Người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân\n";
        Files.writeString(telecom.resolve("vnpt-2026-10.csv"), "Đơn vị báo cáo: VNPT Thanh Hóa\nBáo cáo tháng 10/2026\n" + header
                + "15442;Xã Yên Ninh;9000;2500;1800;40;1200;700;700\n");
        Files.writeString(telecom.resolve("viettel-2026-10.csv"), "Đơn vị báo cáo: Viettel Thanh Hóa\nBáo cáo tháng 10/2026\n" + header
                + "15442;Xã Yên Ninh;9500;2600;900;10;800;300;500\n");
        Path communes = bed.folder("two-operators").resolve("communes.csv");
        ReferenceFiles.communeCodes(communes, COMMUNES.keySet(), LocalDate.of(2025, 7, 1));

        bed.stack().connect().deploy("telecom-two-operators", config(bed, topics, telecom, "TELECOM", communes));
        bed.awaitComplete(topics, 14, 0);
        bed.stack().connect().remove("telecom-two-operators");

        Map<String, Map<String, java.math.BigDecimal>> byMeasure = new TreeMap<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (ConsumerRecord<byte[], byte[]> record : bed.all(topics.raw())) {
            ReportedMeasure measure = bed.decode(topics.raw(), record.value());
            assertThat(keys.add(new String(record.key(), java.nio.charset.StandardCharsets.UTF_8))).as("one key per reporter").isTrue();
            byMeasure.computeIfAbsent(measure.getMeasure(), m -> new TreeMap<>()).put(measure.getReporter(), java.math.BigDecimal.valueOf(measure.getValue()));
        }
        assertThat(byMeasure.get("telecom.smartphone_subscribers")).as("neither operator's value is lost")
                .containsOnlyKeys("VNPT Thanh Hóa", "Viettel Thanh Hóa");
        vn.thanhhoa.cds.catalog.Catalog catalog = vn.thanhhoa.cds.catalog.load.CatalogLoader.builtIn();
        // Subscribers belong to one operator each: 1200 + 800. A person may hold signatures of both: the larger, 700.
        assertThat(combined(catalog, byMeasure, "telecom.smartphone_subscribers")).isEqualByComparingTo("2000");
        assertThat(combined(catalog, byMeasure, "telecom.adults.digital_signature")).isEqualByComparingTo("700");
    }

    private static java.math.BigDecimal combined(vn.thanhhoa.cds.catalog.Catalog catalog, Map<String, Map<String, java.math.BigDecimal>> byMeasure, String measure) {
        return catalog.measures().measure(measure).orElseThrow().combine().orElseThrow().rule().combine(byMeasure.get(measure).values()).orElseThrow();
    }

    private static Map<String, String> config(ConnectorTestBed bed, Topics topics, Path input, String source, Path communes) {
        Map<String, String> settings = bed.folderSettings(input, topics);
        settings.put(ReportFileSourceConfig.SOURCE_CONFIG, source);
        settings.put(ReportFileSourceConfig.COMMUNE_CODES_CONFIG, communes.toString());
        settings.put(ReportFileSourceConfig.FINDINGS_TOPIC_CONFIG, topics.findings());
        return ReportFileSourceConfig.connectorConfig(settings);
    }
}
