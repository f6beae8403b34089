package vn.thanhhoa.cds.reports.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.cds.reports.service.ReportsConfig;

class CalendarRuleTest {

    private static ZonedDateTime at(String text) {
        return ZonedDateTime.parse(text + "+07:00[Asia/Ho_Chi_Minh]");
    }

    @Test
    void theMonthlyRunIsTheNextFirstOfTheMonthAtItsTime() {
        CalendarRule rule = CalendarRule.monthly(1, LocalTime.of(6, 0));
        assertThat(rule.nextAfter(at("2026-11-25T10:00"))).isEqualTo(at("2026-12-01T06:00"));
        assertThat(rule.nextAfter(at("2026-12-01T05:59"))).isEqualTo(at("2026-12-01T06:00"));
        assertThat(rule.nextAfter(at("2026-12-01T06:00"))).isEqualTo(at("2027-01-01T06:00"));
        assertThat(CalendarRule.monthly(28, LocalTime.of(6, 0)).nextAfter(at("2027-01-31T07:00"))).isEqualTo(at("2027-02-28T06:00"));
    }

    @Test
    void theDailyDigestIsTodayOrTomorrowAtItsTime() {
        CalendarRule rule = CalendarRule.daily(LocalTime.of(17, 30));
        assertThat(rule.nextAfter(at("2026-11-25T10:00"))).isEqualTo(at("2026-11-25T17:30"));
        assertThat(rule.nextAfter(at("2026-12-31T17:30"))).isEqualTo(at("2027-01-01T17:30"));
    }

    @Test
    void badSettingsAreOneSentenceNamingTheKey() {
        assertThatThrownBy(() -> CalendarRule.monthly(31, LocalTime.NOON)).hasMessageContaining("between 1 and 28");
        assertThatThrownBy(() -> new ReportsConfig(Map.of(ReportsConfig.SCHEDULE_TIME_CONFIG, "6h")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("report.schedule.time").hasMessageContaining("HH:mm");
        assertThatThrownBy(() -> new ReportsConfig(Map.of(ReportsConfig.BACKOFF_CONFIG, "5000", ReportsConfig.BACKOFF_MAX_CONFIG, "1000")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("delivery.backoff.max.ms");
        assertThat(new ReportsConfig(Map.of()).units()).containsExactly("province");
    }
}
