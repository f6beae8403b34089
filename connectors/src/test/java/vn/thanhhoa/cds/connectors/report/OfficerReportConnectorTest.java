package vn.thanhhoa.cds.connectors.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed;
import vn.thanhhoa.cds.connectors.testbed.ConnectorTestBed.Topics;
import vn.thanhhoa.cds.connectors.testbed.ReferenceFiles;
import vn.thanhhoa.cds.schemas.quality.DataQualityFinding;
import vn.thanhhoa.cds.schemas.raw.ReportedMeasure;
import vn.thanhhoa.cds.schemas.raw.SourceDeadLetter;
import vn.thanhhoa.cds.simulators.report.OfficerReports;
import vn.thanhhoa.cds.simulators.report.OfficerReports.Case;

/**
 * The table of report files as officers produce them ({@link OfficerReports}) through two power
 * report connectors on the embedded stack (the shipped template, and one with a percentage column):
 * every value, missing value, rejected cell, refused file and finding arrives as the table says, and
 * a correction wins over the file it replaces for the communes it contains.
 */
@ExtendWith(ConnectorTestBed.Extension.class)
class OfficerReportConnectorTest {

    @Test
    void everyReportOfTheTableArrivesAsItsAccountSays(ConnectorTestBed bed) throws Exception {
        Topics topics = bed.topics("raw.reported.measure", "officers");
        Path shipped = bed.folder("officers/power/in");
        Path share = bed.folder("officers/share/in");
        List<Case> cases = OfficerReports.write(shipped, share);
        Path communes = ReferenceFiles.communeCodes(bed.folder("officers").resolve("communes.csv"), OfficerReports.COMMUNES.keySet(), LocalDate.of(2025, 7, 1));
        Path shareTemplate = Files.writeString(bed.folder("officers").resolve("share-template.csv"), OfficerReports.SHARE_TEMPLATE, StandardCharsets.UTF_8);
        List<OfficerReports.Value> expectedValues = cases.stream().flatMap(c -> c.values().stream()).toList();
        List<OfficerReports.Finding> expectedFindings = cases.stream().flatMap(c -> c.findings().stream()).toList();
        int expectedDeadLetters = cases.stream().mapToInt(c -> c.rejected().size() + c.refused().size()).sum();

        bed.stack().connect().deploy("power-officers", config(bed, topics, shipped, communes, null));
        bed.stack().connect().deploy("power-officers-share", config(bed, topics, share, communes, shareTemplate));
        bed.awaitComplete(topics, expectedValues.size(), expectedDeadLetters);
        bed.awaitRecords(topics.findings(), expectedFindings.size());
        bed.awaitQuiet(Duration.ofSeconds(2), topics.raw(), topics.dlq(), topics.findings());
        bed.stack().connect().remove("power-officers");
        bed.stack().connect().remove("power-officers-share");

        Map<String, OfficerReports.Value> values = new TreeMap<>();
        Map<String, ReportedMeasure> latest = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> record : bed.all(topics.raw())) {
            ReportedMeasure value = bed.decode(topics.raw(), record.value());
            String where = value.getFile() + "|" + value.getRow() + "|" + value.getMeasure();
            assertThat(values).as("once: " + where).doesNotContainKey(where);
            values.put(where, new OfficerReports.Value(value.getFile(), value.getRow(), value.getCommuneCode(), value.getMeasure(), value.getValue(),
                    value.getMissing(), value.getReplaces()));
            latest.put(new String(record.key(), StandardCharsets.UTF_8), value); // one key, one partition: topic order is reading order
        }
        Map<String, OfficerReports.Value> expected = new TreeMap<>();
        expectedValues.forEach(value -> expected.put(value.file() + "|" + value.row() + "|" + value.measure(), value));
        assertThat(values).isEqualTo(expected);

        // The correction wins for the commune it contains; the commune it leaves out keeps the first file's values.
        assertThat(latest.get("15763|" + OfficerReports.HOUSEHOLDS + "|2026-03|điện lực case 11").getValue()).isEqualTo(4250.0);
        assertThat(latest.get("15763|" + OfficerReports.CASHLESS + "|2026-03|điện lực case 11").getValue()).isEqualTo(3150.0);
        assertThat(latest.get("15889|" + OfficerReports.HOUSEHOLDS + "|2026-03|điện lực case 11").getValue()).isEqualTo(3900.0);
        assertThat(latest.get("15889|" + OfficerReports.HOUSEHOLDS + "|2026-03|điện lực case 11").getFile()).isEqualTo("11a-ban-dau.csv");

        Map<String, String> cells = new TreeMap<>();
        Map<String, String> files = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> record : bed.all(topics.dlq())) {
            SourceDeadLetter letter = bed.decode(topics.dlq(), record.value());
            if (letter.getLine() == null) {
                files.put(letter.getFile(), letter.getReason());
            } else {
                cells.put(letter.getFile() + "|" + letter.getLine() + "|" + letter.getField(), letter.getReason());
            }
        }
        Map<String, String> expectedCells = new TreeMap<>();
        cases.forEach(c -> c.rejected().forEach(cell -> expectedCells.put(cell.file() + "|" + cell.row() + "|" + cell.column(), cell.reason())));
        assertThat(cells).isEqualTo(expectedCells);
        List<String> refusedFiles = new ArrayList<>();
        for (Case c : cases) {
            for (OfficerReports.Refused refused : c.refused()) {
                refusedFiles.add(refused.file());
                assertThat(files.get(refused.file())).as(refused.file()).contains(refused.reasons());
                Path folder = c.shareTemplate() ? share : shipped;
                assertThat(folder.resolveSibling("quarantine").resolve(refused.file())).exists();
            }
        }
        assertThat(files).containsOnlyKeys(refusedFiles);

        List<OfficerReports.Finding> findings = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : bed.all(topics.findings())) {
            DataQualityFinding finding = bed.decode(topics.findings(), record.value());
            findings.add(new OfficerReports.Finding(finding.getFile(), finding.getRow(), finding.getKind().name(), finding.getCommuneCode(),
                    finding.getMeasure(), finding.getValue(), finding.getOtherValue()));
        }
        assertThat(findings).containsExactlyInAnyOrderElementsOf(expectedFindings);
    }

    private static Map<String, String> config(ConnectorTestBed bed, Topics topics, Path input, Path communes, Path columns) {
        Map<String, String> settings = bed.folderSettings(input, topics);
        settings.put(ReportFileSourceConfig.SOURCE_CONFIG, "POWER");
        settings.put(ReportFileSourceConfig.COMMUNE_CODES_CONFIG, communes.toString());
        settings.put(ReportFileSourceConfig.FINDINGS_TOPIC_CONFIG, topics.findings());
        if (columns != null) {
            settings.put(ReportFileSourceConfig.COLUMNS_FILE_CONFIG, columns.toString());
        }
        return ReportFileSourceConfig.connectorConfig(settings);
    }
}
