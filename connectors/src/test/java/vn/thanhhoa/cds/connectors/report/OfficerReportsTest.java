package vn.thanhhoa.cds.connectors.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.report.ReportTable.UnreadableReport;
import vn.thanhhoa.cds.connectors.testbed.ReferenceFiles;
import vn.thanhhoa.cds.schemas.raw.ReportSource;
import vn.thanhhoa.cds.schemas.raw.ReportedMeasure;
import vn.thanhhoa.cds.simulators.report.OfficerReports;
import vn.thanhhoa.cds.simulators.report.OfficerReports.Case;

/**
 * The table of report files as officers produce them ({@link OfficerReports}), read as the report
 * task reads them, without Kafka: each case's values one by one (number, or missing with what the
 * cell held, and the file a correction replaces), each rejected cell with its reason, each refused
 * file with its reason in English and Vietnamese, each plausibility finding with both values. {@code OfficerReportConnectorTest} reads the same
 * files through the connector on the embedded stack.
 */
class OfficerReportsTest {

    @TempDir
    static Path folder;

    private static List<Case> cases;

    static Stream<Case> cases() {
        cases = OfficerReports.write(folder.resolve("shipped"), folder.resolve("share"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachReportGivesExactlyWhatItsAccountSays(Case report) throws Exception {
        Path communes = ReferenceFiles.communeCodes(folder.resolve("communes.csv"), OfficerReports.COMMUNES.keySet(), LocalDate.of(2025, 7, 1));
        Map<String, String> template = report.shareTemplate()
                ? ReportFileSourceConfigTestSupport.columns(OfficerReports.SHARE_TEMPLATE)
                : ReportFileSourceConfig.shippedTemplate(ReportSource.POWER);
        ReportMeasures measures = ReportMeasures.builtIn();
        ReportIntake intake = new ReportIntake(new ReportFileCheck(ReportLimits.DEFAULT, template, measures),
                new ReportRowMapping(CommuneCodes.read(communes, "commune.codes.file"), ReportSource.POWER, measures, Clock.systemUTC()), measures,
                "power", "power-report-file", Clock.systemUTC());
        Path in = folder.resolve(report.shareTemplate() ? "share" : "shipped");

        Map<String, OfficerReports.Value> values = new TreeMap<>();
        Map<String, String> rejected = new TreeMap<>();
        List<OfficerReports.Finding> findings = new ArrayList<>();
        for (String name : report.files()) {
            OfficerReports.Refused refusal = report.refused().stream().filter(r -> r.file().equals(name)).findFirst().orElse(null);
            if (refusal != null) {
                assertThatThrownBy(() -> intake.read(in.resolve(name), name)).as(name).isInstanceOfSatisfying(UnreadableReport.class, unreadable -> {
                    refusal.reasons().forEach(reason -> assertThat(unreadable.getMessage()).as(name).contains(reason));
                    assertThat(unreadable.vietnamese()).as(name).contains(refusal.vietnamese());
                });
                continue;
            }
            for (ReportRowMapping.RowResult row : intake.read(in.resolve(name), name).rows()) {
                for (ReportRowMapping.Output output : row.outputs()) {
                    switch (output) {
                        case ReportRowMapping.Measured(int cell, ReportedMeasure value) -> assertThat(values.put(name + "|" + row.row() + "|" + value.getMeasure(),
                                new OfficerReports.Value(value.getFile(), value.getRow(), value.getCommuneCode(), value.getMeasure(), value.getValue(),
                                        value.getMissing(), value.getReplaces()))).as("one value per cell").isNull();
                        case ReportRowMapping.CellRejected(int cell, var rejection) -> rejected.put(name + "|" + row.row() + "|" + rejection.field(), rejection.reason());
                        case ReportRowMapping.RowRejected(var rejection) -> rejected.put(name + "|" + row.row(), rejection.reason());
                        case ReportRowMapping.Found(int cell, var finding) -> {
                            findings.add(new OfficerReports.Finding(finding.getFile(), finding.getRow(), finding.getKind().name(), finding.getCommuneCode(),
                                    finding.getMeasure(), finding.getValue(), finding.getOtherValue()));
                            assertThat(finding.getReason()).isNotBlank();
                            assertThat(finding.getReasonVi()).isNotBlank();
                        }
                    }
                }
            }
        }

        Map<String, OfficerReports.Value> expected = new TreeMap<>();
        report.values().forEach(value -> expected.put(value.file() + "|" + value.row() + "|" + value.measure(), value));
        assertThat(values).isEqualTo(expected);
        Map<String, String> expectedRejections = new TreeMap<>();
        report.rejected().forEach(cell -> expectedRejections.put(cell.file() + "|" + cell.row() + "|" + cell.column(), cell.reason()));
        assertThat(rejected).isEqualTo(expectedRejections);
        assertThat(findings).containsExactlyInAnyOrderElementsOf(report.findings());
    }
}
