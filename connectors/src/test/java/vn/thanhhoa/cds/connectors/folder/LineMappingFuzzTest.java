package vn.thanhhoa.cds.connectors.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thanhhoa.cds.connectors.agency.AgencyCommuneMapping;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.declaration.DeclarationMapping;
import vn.thanhhoa.cds.connectors.declaration.DeclarationMappingTest;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.document.DocumentRecordMapping;
import vn.thanhhoa.cds.connectors.document.DocumentRecordMappingTest;
import vn.thanhhoa.cds.connectors.health.HealthRecordMapping;
import vn.thanhhoa.cds.connectors.health.HealthRecordMappingTest;
import vn.thanhhoa.cds.connectors.periodicreport.PeriodicReportMapping;
import vn.thanhhoa.cds.connectors.periodicreport.PeriodicReportMappingTest;
import vn.thanhhoa.cds.connectors.privacy.PseudonymKey;
import vn.thanhhoa.cds.connectors.privacy.Pseudonymiser;
import vn.thanhhoa.cds.connectors.task.TaskRecordMapping;
import vn.thanhhoa.cds.connectors.task.TaskRecordMappingTest;
import vn.thanhhoa.cds.connectors.tthc.DossierRecordMapping;
import vn.thanhhoa.cds.connectors.tthc.DossierRecordMappingTest;

/**
 * Thousands of mutated lines per source: every one is either accepted or rejected with a reason;
 * none throws (a throw would fail the task and stop the feed).
 */
class LineMappingFuzzTest {

    @TempDir
    static Path temp;

    static Stream<Arguments> mappings() throws Exception {
        Path agencies = Files.writeString(temp.resolve("agencies.csv"), """
                agency_code,commune_code,valid_from,valid_to
                000.20.43.H56,15451,2020-01-01,2025-06-30
                000.20.43.H56,15442,2025-07-01,
                """);
        Path communes = Files.writeString(temp.resolve("communes.csv"), "commune_code,valid_from,valid_to\n16093,2008-01-01,2025-06-30\n15349,2025-07-01,\n");
        Pseudonymiser pseudonymiser = new Pseudonymiser(new PseudonymKey("f1", new byte[32]));
        AgencyCommuneMapping agencyMapping = AgencyCommuneMapping.read(agencies, "a");
        CommuneCodes communeCodes = CommuneCodes.read(communes, "c");
        return Stream.of(
                Arguments.of("dossier", new DossierRecordMapping(agencyMapping, pseudonymiser), DossierRecordMappingTest.EXAMPLE),
                Arguments.of("health", new HealthRecordMapping(communeCodes, pseudonymiser), HealthRecordMappingTest.RECEIPT),
                Arguments.of("document", new DocumentRecordMapping(agencyMapping), DocumentRecordMappingTest.DOCUMENT),
                Arguments.of("declaration", new DeclarationMapping(communeCodes, DeclarationMappingTest.CATALOG_INDICATORS), DeclarationMappingTest.DECLARATION),
                Arguments.of("task", new TaskRecordMapping(agencyMapping), TaskRecordMappingTest.TASK),
                Arguments.of("periodic report", new PeriodicReportMapping(agencyMapping), PeriodicReportMappingTest.REPORT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappings")
    void everyMutatedLineIsAcceptedOrRejectedWithAReason(String source, LineMapping<?> mapping, String valid) {
        assertThat(mapping.map(valid, "fuzz.jsonl", 0)).as("the unmutated line").isInstanceOf(Parsed.Accepted.class);
        Random random = new Random(source.hashCode());
        int accepted = 0;
        int rejected = 0;
        for (int i = 1; i <= 3000; i++) {
            Parsed<?> parsed = mapping.map(mutate(valid, random), "fuzz.jsonl", i);
            if (parsed instanceof Parsed.Rejected<?> rejection) {
                assertThat(rejection.rejection().reason()).isNotBlank();
                assertThat(rejection.rejection().line()).isEqualTo(i);
                rejected++;
            } else {
                accepted++;
            }
        }
        assertThat(accepted + rejected).isEqualTo(3000);
        assertThat(rejected).isPositive();
    }

    private static String mutate(String line, Random random) {
        StringBuilder text = new StringBuilder(line);
        for (int e = 1 + random.nextInt(4); e > 0 && !text.isEmpty(); e--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, "\"{}[],:0123456789ếữ\\".charAt(random.nextInt(20)));
                case 2 -> text.setCharAt(at, (char) (32 + random.nextInt(95)));
                case 3 -> text.replace(at, Math.min(text.length(), at + random.nextInt(12)), "");
                default -> text.insert(at, "null");
            }
        }
        return text.toString();
    }
}
