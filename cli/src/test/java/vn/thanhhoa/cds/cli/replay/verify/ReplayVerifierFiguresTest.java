package vn.thanhhoa.cds.cli.replay.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Each source family's figures, from a tiny account, equal the figures worked out by hand in {@link TinyAccount}. */
class ReplayVerifierFiguresTest {

    @Test
    void dossiersGiveItems9_7_4And11ByTheDayReceivedOrFinished() {
        assertThat(figures(DossierFigures.of(TinyAccount.DOSSIERS, TinyAccount.DAY))).containsExactlyInAnyOrderElementsOf(
                communeValues(value -> Set.of("9", "7", "4", "11").contains(value.indicator())));
    }

    @Test
    void documentsGiveItem13ByTheDayPromulgated() {
        assertThat(figures(QlvbFigures.documents(TinyAccount.DOCUMENTS, TinyAccount.DAY)))
                .containsExactlyInAnyOrderElementsOf(communeValues(value -> value.indicator().equals("13")));
    }

    @Test
    void tasksGiveItem15ByTheDayAssigned() {
        assertThat(figures(QlvbFigures.tasks(TinyAccount.TASKS, TinyAccount.DAY)))
                .containsExactlyInAnyOrderElementsOf(communeValues(value -> value.indicator().equals("15")));
    }

    @Test
    void periodicReportsGiveItem14ByTheDueDay() {
        assertThat(figures(QlvbFigures.periodicReports(TinyAccount.PERIODIC_REPORTS, TinyAccount.DAY)))
                .containsExactlyInAnyOrderElementsOf(communeValues(value -> value.indicator().equals("14")));
    }

    @Test
    void monthlyReportsGiveTheLatestMonthUpToTheDayOverTheStatistic() {
        assertThat(figures(StockFigures.reported(TinyAccount.REPORTED, TinyAccount.STATISTICS, TinyAccount.DAY)))
                .containsExactlyInAnyOrderElementsOf(communeValues(value -> Set.of("1", "17").contains(value.indicator())));
    }

    @Test
    void declarationsGiveTheYearsFigureOverTheStatisticOrAlone() {
        assertThat(figures(StockFigures.declared(TinyAccount.DECLARATIONS, TinyAccount.STATISTICS, TinyAccount.DAY)))
                .containsExactlyInAnyOrderElementsOf(communeValues(value -> Set.of("3", "21", "22", "29", "30").contains(value.indicator())));
        assertThat(StockFigures.declared(TinyAccount.DECLARATIONS, TinyAccount.STATISTICS, TinyAccount.DAY))
                .filteredOn(figure -> figure.points() != null).extracting(figure -> figure.unit() + " " + figure.indicator() + " " + figure.window() + " " + figure.points())
                .containsExactlyInAnyOrder("14758 29 YEAR_TO_DATE 0.75", "15763 30 MONTH_TO_DATE 1.0", "14758 30 MONTH_TO_DATE 0.0");
    }

    @Test
    void theWindowsEndOnTheDay() {
        assertThat(CheckedWindow.TRAILING_30_DAYS.start(TinyAccount.DAY.asOf())).hasToString("2026-03-12");
        assertThat(CheckedWindow.QUARTER_TO_DATE.start(java.time.LocalDate.of(2026, 3, 31))).hasToString("2026-01-01");
        assertThat(CheckedWindow.QUARTER_TO_DATE.start(java.time.LocalDate.of(2026, 11, 26))).hasToString("2026-10-01");
        assertThat(VerificationDay.of(2026, java.time.LocalDate.of(2027, 2, 1))).isEqualTo(new VerificationDay(2026, java.time.LocalDate.of(2026, 12, 31), false));
    }

    /** The figures of a commune that are not 0 of 0 (a commune with nothing in a window expects nothing there). */
    private static List<String> figures(List<ExpectedFigure> figures) {
        return figures.stream().map(figure -> line(figure.unit(), figure.indicator(), figure.window(), figure.numerator(), figure.denominator())).toList();
    }

    private static List<String> communeValues(Predicate<TinyAccount.Value> which) {
        return TinyAccount.VALUES.stream().filter(value -> !value.unit().equals(TinyAccount.PROVINCE)).filter(which)
                .map(value -> line(value.unit(), value.indicator(), value.window(), value.numerator(), value.denominator())).toList();
    }

    private static String line(String unit, String indicator, CheckedWindow window, Double numerator, Double denominator) {
        return unit + " " + indicator + " " + window + " " + numerator + " / " + denominator;
    }
}
