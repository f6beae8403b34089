package vn.thanhhoa.cds.dashboards.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import vn.thanhhoa.cds.store.ClickHouse;

/**
 * Runs a read of a query class with a session setting of the embedded engine (one connection: a
 * {@code SET} holds until set back), e.g. {@code force_optimize_projection = 1}, which makes
 * ClickHouse refuse the read unless a projection answers it.
 */
final class EngineSetting {

    private EngineSetting() {
    }

    static <T> T with(ClickHouse clickHouse, String setting, int value, Supplier<T> read) {
        String before = current(clickHouse, setting);
        clickHouse.execute("SET " + setting + " = " + value);
        try {
            assertThat(current(clickHouse, setting)).as("the session keeps " + setting).isIn(String.valueOf(value), value == 1 ? "true" : "false");
            return read.get();
        } finally {
            clickHouse.execute("SET " + setting + " = " + ("true".equals(before) ? "1" : "false".equals(before) ? "0" : before));
        }
    }

    private static String current(ClickHouse clickHouse, String setting) {
        return clickHouse.query("SELECT toString(getSetting('" + setting + "')) AS v").getFirst().string("v");
    }
}
