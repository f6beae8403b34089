package vn.thanhhoa.cds.connectors.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdulthoodTest {

    private static final LocalDate RECEIVED = LocalDate.of(2025, 6, 5);

    @ParameterizedTest(name = "born {0}: {1}")
    @CsvSource(nullValues = "unknown", value = {
            "198003150000, true",
            "201003150000, false",
            "200706060000, false",      // 18 the day after
            "200706050000, true",       // 18 that very day
            "20070605, true",
            "1980031, unknown",         // cut short
            "198013150000, unknown",    // the 13th month
            "203001010000, unknown",    // born after the day
            "không rõ, unknown"})
    void fromTheClaimsBirthDate(String written, Boolean adult) {
        assertThat(Adulthood.fromBirthDate(written, RECEIVED)).isEqualTo(adult);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "unknown", value = {
            "038080001234, true",       // 0: a man of the 1900s, born 1980
            "038180001234, true",       // 1: a woman of the 1900s
            "038205001234, true",       // 2: a man of the 2000s, born 2005, 20 in 2025
            "038310001234, false",      // 3: a woman born 2010
            "038207001234, unknown",    // born 2007: 18 at some day of 2025
            "038 205 001 234, true",
            "172345678, unknown",       // an old 9-digit card says no year
            "C1234567, unknown"})
    void fromTheCitizenIdsSexCenturyAndYearDigits(String id, Boolean adult) {
        assertThat(Adulthood.fromCitizenId(id, RECEIVED)).isEqualTo(adult);
    }
}
