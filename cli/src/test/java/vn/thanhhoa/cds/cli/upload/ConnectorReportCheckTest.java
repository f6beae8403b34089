package vn.thanhhoa.cds.cli.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.connectors.report.ReportLimits;
import vn.thanhhoa.cds.dashboards.upload.ReportInbox;
import vn.thanhhoa.cds.dashboards.upload.UploadRefused;
import vn.thanhhoa.cds.simulators.report.MonthlyReportSimulator;
import vn.thanhhoa.cds.simulators.report.OfficerReports;
import vn.thanhhoa.cds.simulators.report.PoisonedReports;

/** The upload refuses, before answering, every file the telecom connector would quarantine, and takes a good report. */
class ConnectorReportCheckTest {

    @TempDir
    Path directory;

    @Test
    void poisonedReportsAreRefusedInVietnameseAndNothingReachesTheConnectorsFolder() throws Exception {
        Path inbox = Files.createDirectories(directory.resolve("telecom"));
        ReportInbox reports = new ReportInbox(Map.of("TELECOM", inbox), 64L << 20, new ConnectorReportCheck(ReportLimits.DEFAULT));
        Path poisonedFolder = directory.resolve("poisoned");
        Map<String, String> poisoned = PoisonedReports.writeAll(poisonedFolder, "2026-10");

        for (Map.Entry<String, String> file : poisoned.entrySet()) {
            try (var content = Files.newInputStream(poisonedFolder.resolve(file.getKey()))) {
                assertThatThrownBy(() -> reports.accept("TELECOM", file.getKey(), content)).as(file.getValue())
                        .isInstanceOf(UploadRefused.class)
                        .hasMessageStartingWith("Tệp “" + file.getKey() + "” không được nhận: ");
            }
        }
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left).as("nothing reaches the connector's folder, not even a part file").isEmpty();
        }

        Path good = directory.resolve("good");
        new MonthlyReportSimulator(3, Map.of("15442", "Xã Yên Ninh"), YearMonth.of(2026, 10), 1)
                .writeTo(Files.createDirectories(good.resolve("bank")), Files.createDirectories(good.resolve("telecom")), Files.createDirectories(good.resolve("power")));
        Path report = good.resolve("telecom/bao-cao-vien-thong-2026-10.csv");
        assertThat(reports.accept("TELECOM", report.getFileName().toString(), Files.readAllBytes(report)).storedName()).endsWith("bao-cao-vien-thong-2026-10.csv");
    }

    @Test
    void reportsAsOfficersProduceThemAreRefusedAtUploadExactlyWhenTheConnectorWouldRefuseThem() throws Exception {
        Path inbox = Files.createDirectories(directory.resolve("power"));
        ReportInbox reports = new ReportInbox(Map.of("POWER", inbox), 64L << 20, new ConnectorReportCheck(ReportLimits.DEFAULT));
        Path written = directory.resolve("officers");
        int accepted = 0;
        for (OfficerReports.Case report : OfficerReports.write(written, directory.resolve("officers-share"))) {
            if (report.shareTemplate()) {
                continue; // read with a template of its own, which the upload page does not use
            }
            for (String name : report.files()) {
                byte[] content = Files.readAllBytes(written.resolve(name));
                var refusal = report.refused().stream().filter(refused -> refused.file().equals(name)).findFirst();
                if (refusal.isPresent()) {
                    assertThatThrownBy(() -> reports.accept("POWER", name, content)).as(name)
                            .isInstanceOf(UploadRefused.class)
                            .hasMessageStartingWith("Tệp “" + name + "” không được nhận: ")
                            .hasMessageContaining(refusal.get().vietnamese());
                } else {
                    assertThat(reports.accept("POWER", name, content).storedName()).as(name).endsWith(name);
                    accepted++;
                }
            }
        }
        try (Stream<Path> stored = Files.list(inbox)) {
            assertThat(stored).as("the readable reports, and only those, reach the connector's folder").hasSize(accepted);
        }
        assertThat(accepted).as("05, 07, 08, 09a, 09b, 10, 11a, 11b and 14").isEqualTo(9);
    }
}
