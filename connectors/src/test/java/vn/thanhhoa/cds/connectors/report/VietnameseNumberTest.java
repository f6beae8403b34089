package vn.thanhhoa.cds.connectors.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumberTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "1.234.567|1234567",
            "1.234|1234",
            "12,5|12.5",
            "1.234,75|1234.75",
            "1234567|1234567",
            "12.5|12.5",
            "1 234|1234",
            "0|0",
            "-3|-3"})
    void readsNumbersAsOfficersTypeThem(String text, String expected) {
        assertThat(VietnameseNumber.parse(text)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest(name = "''{0}'' is not a number")
    @CsvSource(delimiter = '|', value = {"không có", "—", "1.23.4", "12,5,6", "1e5", "'abc'"})
    void refusesWhatIsNotANumber(String text) {
        assertThat(VietnameseNumber.parse(text)).isEmpty();
    }
}
