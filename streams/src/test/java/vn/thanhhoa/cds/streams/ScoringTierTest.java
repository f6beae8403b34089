package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.streams.EngineDriver.declared;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;
import vn.thanhhoa.cds.schemas.raw.Declaration;

/**
 * The scoring tiers of seed 004 (Vĩnh Lộc, 2026), points as shares of the item's maximum.
 * Item 29: "Đã có chuyên mục riêng: 1/2*Điểm tối đa" or else "Có liên kết về Chuyên trang …: 1/4";
 * plus posts in the year "Từ 24 tin, bài trở lên: 1/2", "Từ 12 đến 23: 1/4", "Dưới 12: Không có
 * điểm"; target "Đăng từ 30 tin, bài trở lên". Item 30: "từ 4 lần/1 tháng: Điểm tối đa", "từ 2-3
 * lần: 1/2", "dưới 2 lần: 0 điểm"; target "Phát 4 lần /tháng", judged per month.
 */
class ScoringTierTest {

    private static final String VINH_LOC = "15349";

    @TempDir
    Path state;

    private static Declaration item29(double posts, double section, double link, String declaredLocal) {
        return Declaration.newBuilder(declared(VINH_LOC, "2026", "29", 2026, posts, null, declaredLocal))
                .setParts(Map.of("web.dx_section", section, "web.dx_link", link)).build();
    }

    @Test
    void item29AddsTheSectionOrLinkTierToThePostsTierAndFullPointsCanStillMissTheTarget() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-03-20T10:00"), state)) {
            engine.target("2026", "29", 2026, null, "score", 30.0);

            engine.declaration(item29(18, 1, 0, "2026-03-01T09:00"));
            IndicatorValue value = engine.value(VINH_LOC, "2026", "29", 2026, ValueWindow.YEAR_TO_DATE);
            assertThat(value.getValue()).isEqualTo(18.0);
            assertThat(value.getPoints()).as("own section 1/2 + 18 posts (12 to 23) 1/4").isEqualTo(0.75);
            assertThat(value.getStatus()).isEqualTo(ValueStatus.BELOW);

            engine.declaration(item29(26, 1, 1, "2026-03-02T09:00"));
            value = engine.value(VINH_LOC, "2026", "29", 2026, ValueWindow.YEAR_TO_DATE);
            assertThat(value.getPoints()).as("section 1/2 (the link tier is the same part's second) + 26 posts 1/2").isEqualTo(1.0);
            assertThat(value.getStatus()).as("the top tier is 24 posts, the target 30").isEqualTo(ValueStatus.BELOW);

            engine.declaration(item29(11, 0, 1, "2026-03-03T09:00"));
            value = engine.value(VINH_LOC, "2026", "29", 2026, ValueWindow.YEAR_TO_DATE);
            assertThat(value.getPoints()).as("link only 1/4 + 11 posts 0").isEqualTo(0.25);

            engine.declaration(item29(30, 1, 0, "2026-03-04T09:00"));
            value = engine.value(VINH_LOC, "2026", "29", 2026, ValueWindow.YEAR_TO_DATE);
            assertThat(value.getPoints()).isEqualTo(1.0);
            assertThat(value.getStatus()).isEqualTo(ValueStatus.MET);
            assertThat(engine.value(VINH_LOC, "2026", "29", 2026, ValueWindow.MONTH_TO_DATE).getPoints())
                    .as("the tiers score the judged window only").isNull();
        }
    }

    @Test
    void item30IsScoredOnTheMonthsBroadcasts() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-03-20T10:00"), state)) {
            engine.target("2026", "30", 2026, null, "score", 4.0);

            engine.declaration(month(3, "2026-03", "2026-03-10T09:00"));
            IndicatorValue march = engine.value(VINH_LOC, "2026", "30", 2026, ValueWindow.MONTH_TO_DATE);
            assertThat(march.getValue()).isEqualTo(3.0);
            assertThat(march.getPoints()).as("2-3 broadcasts: 1/2").isEqualTo(0.5);
            assertThat(march.getStatus()).isEqualTo(ValueStatus.BELOW);

            engine.declaration(month(4, "2026-03", "2026-03-18T09:00"));
            march = engine.value(VINH_LOC, "2026", "30", 2026, ValueWindow.MONTH_TO_DATE);
            assertThat(march.getPoints()).as("4 a month: the maximum").isEqualTo(1.0);
            assertThat(march.getStatus()).isEqualTo(ValueStatus.MET);

            engine.declaration(month(1, "2026-02", "2026-03-19T09:00"));
            assertThat(engine.value(VINH_LOC, "2026", "30", 2026, ValueWindow.MONTH_TO_DATE).getPoints()).isEqualTo(1.0);
            IndicatorValue year = engine.value(VINH_LOC, "2026", "30", 2026, ValueWindow.YEAR_TO_DATE);
            assertThat(year.getValue()).as("February's 1 and March's 4").isEqualTo(5.0);
            assertThat(year.getPoints()).as("a year is not scored by monthly tiers").isNull();
        }
    }

    private static Declaration month(double broadcasts, String month, String declaredLocal) {
        return Declaration.newBuilder(declared(VINH_LOC, "2026", "30", 2026, broadcasts, null, declaredLocal)).setMonth(month).build();
    }
}
