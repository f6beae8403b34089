package vn.thanhhoa.cds.connectors.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
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
 * Ten thousand mutated lines per source: every one is either rejected with a reason and its line, or
 * accepted as a record that keeps the simple invariants of its source (a key, a commune the reference
 * files know, its own file and line as source location, a pseudonym with the key's id where the
 * source has one, no raw identifier anywhere in key or record); none throws (a throw would fail the
 * task and stop the feed).
 */
class LineMappingFuzzTest {

    private static final int LINES = 10_000;
    /** The commune codes the reference files below know. */
    private static final java.util.Set<String> KNOWN_COMMUNES = java.util.Set.of("15451", "15442", "16093", "15349");
    /** The identity numbers and cards the example lines carry. */
    private static final java.util.List<String> RAW_IDENTIFIERS = java.util.List.of("038090001234", "038080001234", "GD4383812345678");

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
    void everyMutatedLineIsAcceptedWithItsInvariantsOrRejectedWithAReason(String source, LineMapping<?> mapping, String valid) {
        assertThat(mapping.map(valid, "fuzz.jsonl", 0)).as("the unmutated line").isInstanceOf(Parsed.Accepted.class);
        Random random = new Random(source.hashCode());
        int accepted = 0;
        int rejected = 0;
        for (int i = 1; i <= LINES; i++) {
            String line = mutate(valid, random);
            Parsed<?> parsed = mapping.map(line, "fuzz.jsonl", i);
            if (parsed instanceof Parsed.Rejected<?> rejection) {
                assertThat(rejection.rejection().reason()).as(line).isNotBlank();
                assertThat(rejection.rejection().line()).isEqualTo(i);
                rejected++;
            } else if (parsed instanceof Parsed.Accepted<?>(String key, Object value)) {
                assertInvariants(source, line, i, key, (SpecificRecord) value);
                accepted++;
            }
        }
        assertThat(accepted + rejected).isEqualTo(LINES);
        assertThat(rejected).isPositive();
        assertThat(accepted).as("mutations that leave a readable line are accepted, so the invariants are checked").isPositive();
    }

    private static void assertInvariants(String source, String line, int number, String key, SpecificRecord record) {
        assertThat(key).as("key of " + line).isNotBlank();
        org.apache.avro.Schema schema = record.getSchema();
        if (schema.getField("commune_code") != null) {
            assertThat(String.valueOf(record.get(schema.getField("commune_code").pos()))).as("commune of " + line).isIn(KNOWN_COMMUNES);
        }
        if (schema.getField("source_location") != null) {
            assertThat(String.valueOf(record.get(schema.getField("source_location").pos()))).as("location of " + line).isEqualTo("fuzz.jsonl:" + number);
        }
        String pseudonymField = switch (source) {
            case "dossier" -> "applicant_pseudonym";
            case "health" -> "person_pseudonym";
            default -> null;
        };
        if (pseudonymField != null) {
            Object pseudonym = record.get(schema.getField(pseudonymField).pos());
            if (source.equals("health") || pseudonym != null) {
                assertThat(String.valueOf(pseudonym)).as("pseudonym of " + line).startsWith("f1:");
            }
        }
        String everything = (key + " " + record).replaceAll("[\\s.\\-]", "");
        for (String identifier : RAW_IDENTIFIERS) {
            assertThat(everything).as("no raw identifier from " + line).doesNotContain(identifier);
        }
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
