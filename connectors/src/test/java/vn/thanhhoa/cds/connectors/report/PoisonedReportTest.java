package vn.thanhhoa.cds.connectors.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.connectors.report.ReportTable.UnreadableReport;
import vn.thanhhoa.cds.schemas.raw.ReportSource;
import vn.thanhhoa.cds.simulators.report.PoisonedReports;

/** Every poisoned report is refused by the connector's reader with a reason, none by an escaping exception or an exhausted heap. */
class PoisonedReportTest {

    @TempDir
    Path folder;

    @Test
    void eachPoisonedFileIsRefusedWithItsReasonInEnglishAndVietnamese() {
        Map<String, String> files = PoisonedReports.writeAll(folder, "2026-10");
        ReportFileCheck check = ReportFileCheck.forSource(ReportSource.TELECOM, ReportLimits.DEFAULT);
        Map<String, String> expected = Map.of(
                PoisonedReports.INFLATING, "expands to more than 64 MB",
                PoisonedReports.MILLION_ROWS, "more than 10000 rows",
                PoisonedReports.CORRUPT_ZIP, "corrupt",
                PoisonedReports.UNFORESEEN, "the reader failed on this file",
                PoisonedReports.HUGE_CSV_CELL, "more than the 16777216 bytes");

        files.forEach((name, kind) -> assertThatThrownBy(() -> check.check(folder.resolve(name), name)).as(kind)
                .isInstanceOfSatisfying(UnreadableReport.class, unreadable -> {
                    assertThat(unreadable.getMessage()).as(kind).contains(expected.get(kind));
                    assertThat(unreadable.vietnamese()).as(kind).isNotBlank();
                }));
    }
}
