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

    @ParameterizedTest(name = "''{0}'' is written {1}: {2} the Vietnamese way, {3} the English way")
    @CsvSource(delimiter = '|', value = {
            "1234|NONE|1234|1234",
            "1.234.567|VIETNAMESE|1234567|",
            "12,5|VIETNAMESE|12.5|",
            "1.234,5|VIETNAMESE|1234.5|",
            "12.5|ENGLISH||12.5",
            "1,234,567|ENGLISH||1234567",
            "1,234.5|ENGLISH||1234.5",
            "1.234|EITHER|1234|1.234",
            "1,201|EITHER|1.201|1201"})
    void tellsWhichConventionANumberIsWrittenIn(String text, VietnameseNumber.Convention convention, String vietnamese, String english) {
        VietnameseNumber.Written written = VietnameseNumber.written(text).orElseThrow();
        assertThat(written.convention()).isEqualTo(convention);
        if (vietnamese == null) {
            assertThat(written.vietnamese()).isNull();
        } else {
            assertThat(written.vietnamese()).isEqualByComparingTo(vietnamese);
        }
        if (english == null) {
            assertThat(written.english()).isNull();
        } else {
            assertThat(written.english()).isEqualByComparingTo(english);
        }
    }

    @ParameterizedTest(name = "{0} is ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "0|zero",
            "7|seven",
            "15|fifteen",
            "42|forty-two",
            "100|one hundred",
            "1001|one thousand and one",
            "1201|one thousand two hundred and one",
            "30500|thirty thousand five hundred",
            "1234567|one million two hundred and thirty-four thousand five hundred and sixty-seven"})
    void saysAWholeNumberInWords(long number, String words) {
        assertThat(VietnameseNumber.inWords(number)).isEqualTo(words);
    }
}
