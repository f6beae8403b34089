package vn.thanhhoa.cds.connectors.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgencyCommuneMappingTest {

    @TempDir
    Path temp;

    @Test
    void anAgencyServesTheUnitOfTheDay() throws Exception {
        Path file = Files.writeString(temp.resolve("agencies.csv"), """
                agency_code,commune_code,valid_from,valid_to
                000.07.58.H56,14758,2000-01-01,2025-06-30
                000.07.58.H56,14758,2025-07-01,
                000.09.01.H56,15433,2000-01-01,2025-06-30
                """);
        AgencyCommuneMapping mapping = AgencyCommuneMapping.read(file, "agency.mapping.file");

        assertThat(mapping.communeOf("000.09.01.H56", LocalDate.of(2025, 6, 30))).hasValue("15433");
        assertThat(mapping.communeOf("000.09.01.H56", LocalDate.of(2025, 7, 1))).isEmpty();
        assertThat(mapping.communeOf("000.07.58.H56", LocalDate.of(2026, 1, 1))).hasValue("14758");
        assertThat(mapping.size()).isEqualTo(3);
    }

    @Test
    void aMalformedRowIsAConfigurationErrorNamingSettingFileAndLine() throws Exception {
        Path file = Files.writeString(temp.resolve("communes.csv"), "commune_code,valid_from,valid_to\n15763,2025-07-01,\n15889,1 tháng 7,\n");

        assertThatThrownBy(() -> CommuneCodes.read(file, "commune.codes.file"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("commune.codes.file")
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 3 is malformed");
    }
}
