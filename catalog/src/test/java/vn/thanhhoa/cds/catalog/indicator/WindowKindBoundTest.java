package vn.thanhhoa.cds.catalog.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.TestCatalog;
import vn.thanhhoa.cds.catalog.target.Assignment;

/**
 * For every indicator of both sets, the window its status is judged on, its kind and its bound,
 * typed by hand from the seeds: yearly flows (dossiers, documents, tasks, reports, posts, distinct
 * people) year-to-date; 2026 item 30 ("lần/tháng") per month; stocks and declared states as of the
 * day. "-" is no bound (not a ratio); "within" is within-100, "may" may-exceed-100.
 */
class WindowKindBoundTest {

    private static final Catalog CATALOG = TestCatalog.catalog();

    @ParameterizedTest(name = "2023-2025 {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1.1  | as-of        | declaration | -
            1.2  | as-of        | ratio       | may
            1.3  | year-to-date | ratio       | within
            1.4  | as-of        | ratio       | may
            1.5  | year-to-date | ratio       | may
            1.6  | year-to-date | ratio       | within
            1.7  | as-of        | declaration | -
            1.8  | as-of        | declaration | -
            1.9  | as-of        | declaration | -
            1.10 | as-of        | ratio       | may
            1.11 | as-of        | declaration | -
            2.1  | as-of        | ratio       | may
            2.2  | as-of        | ratio       | within
            2.3  | as-of        | ratio       | within
            2.4  | as-of        | ratio       | may
            2.5  | as-of        | ratio       | may
            2.6  | as-of        | ratio       | may
            3.1  | as-of        | ratio       | may
            3.2  | as-of        | ratio       | may
            3.3  | as-of        | declaration | -
            3.4  | as-of        | ratio       | may
            3.5  | as-of        | ratio       | may
            3.6  | year-to-date | ratio       | may
            3.7  | as-of        | ratio       | may
            3.8  | as-of        | ratio       | within
            3.9  | as-of        | ratio       | may
            3.10 | as-of        | ratio       | may
            3.11 | year-to-date | ratio       | may
            3.12 | as-of        | ratio       | within
            4.1  | as-of        | ratio       | may
            4.2  | as-of        | declaration | -
            4.3  | as-of        | ratio       | may
            4.4  | as-of        | declaration | -
            4.5  | as-of        | declaration | -
            4.6  | as-of        | declaration | -
            4.7  | as-of        | declaration | -
            4.8  | as-of        | declaration | -
            """)
    void set2023To2025(String code, String window, String kind, String bound) {
        assertIndicator(CATALOG.set("2023-2025").orElseThrow().indicator(code).orElseThrow(), window, kind, bound);
    }

    @ParameterizedTest(name = "2026 {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1   | as-of        | ratio | may
            2   | as-of        | ratio | may
            3   | as-of        | ratio | may
            4   | year-to-date | ratio | within
            5   | as-of        | ratio | within
            6   | year-to-date | ratio | within
            7   | year-to-date | ratio | within
            8   | as-of        | ratio | within
            9   | year-to-date | ratio | within
            10  | year-to-date | ratio | within
            11  | year-to-date | ratio | within
            12  | as-of        | ratio | within
            13  | year-to-date | ratio | within
            14  | year-to-date | ratio | within
            15  | year-to-date | ratio | within
            16  | year-to-date | ratio | within
            17  | as-of        | ratio | may
            18  | as-of        | count | -
            19  | as-of        | ratio | may
            20  | as-of        | ratio | may
            21  | as-of        | count | -
            22  | year-to-date | count | -
            23  | as-of        | ratio | may
            24  | as-of        | ratio | may
            25a | as-of        | ratio | may
            25b | as-of        | ratio | may
            25c | as-of        | ratio | may
            25d | as-of        | ratio | may
            26  | as-of        | ratio | may
            27  | as-of        | ratio | may
            28  | as-of        | ratio | may
            29  | year-to-date | score | -
            30  | month        | score | -
            """)
    void set2026(String code, String window, String kind, String bound) {
        assertIndicator(CATALOG.set("2026").orElseThrow().indicator(code).orElseThrow(), window, kind, bound);
    }

    /** 3.3 is a yes/no item for Thọ Dân (seed 000) and a share for Hoằng Kim (seed 001) and Yên Hùng (seed 002). */
    @ParameterizedTest(name = "3.3 for {0} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            15742 | 2025-06-30 | 2023 | as-of | declaration | -      | decl.security_outreach
            15889 | 2025-06-30 | 2023 | as-of | ratio       | within | telecom.smartphone_subscribers.security_app
            15433 | 2025-06-30 | 2025 | as-of | ratio       | within | telecom.smartphone_subscribers.security_app
            """)
    void item33AsEachAssignmentDefinesIt(String commune, LocalDate on, int year, String window, String kind, String bound,
                                         String numerator) {
        Assignment assignment = CATALOG.assignment("2023-2025", commune, on).orElseThrow();
        Indicator indicator = assignment.effective(CATALOG.set("2023-2025").orElseThrow().indicator("3.3").orElseThrow(), year);
        assertIndicator(indicator, window, kind, bound);
        assertThat(indicator.computation().numerator()).isEqualTo(numerator);
    }

    private static void assertIndicator(Indicator indicator, String window, String kind, String bound) {
        assertThat(indicator.window().spelling()).as("window of %s", indicator.code()).isEqualTo(window);
        assertThat(indicator.kind().spelling()).as("kind of %s", indicator.code()).isEqualTo(kind);
        Bound expected = switch (bound) {
            case "-" -> Bound.NONE;
            case "within" -> Bound.WITHIN_100;
            default -> Bound.MAY_EXCEED_100;
        };
        assertThat(indicator.bound()).as("bound of %s", indicator.code()).isEqualTo(expected);
        if (expected == Bound.MAY_EXCEED_100) {
            assertThat(indicator.boundReason()).as("why %s may exceed 100 %%", indicator.code()).isPresent();
        }
    }
}
