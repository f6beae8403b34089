package vn.thanhhoa.cds.reports.notify;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.store.ClickHouse;

/**
 * The mutes people set in the web application ("Tắt thông báo" on the alert feed), read from
 * {@code alert_mute} (V011) at dispatch time, with no cache: a mute or an unmute holds from the next
 * alert dispatched after it was saved. Asked only when some subscription is linked to a login.
 */
public final class WebMutes {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z._-]{1,40}");

    private final ClickHouse clickHouse;
    private final String table;

    public WebMutes(ClickHouse clickHouse, String database) {
        if (!Pattern.matches("[A-Za-z_][A-Za-z0-9_]*", database)) {
            throw new IllegalArgumentException("not a plain database name: '" + database + "'");
        }
        this.clickHouse = clickHouse;
        this.table = database + ".alert_mute";
    }

    /** The logins that muted this alert's indicator, for its commune or for every commune. */
    public Set<String> loginsMuting(AlertNotice alert) {
        if (!CODE.matcher(alert.indicatorSet()).matches() || !CODE.matcher(alert.indicatorCode()).matches()
                || !CODE.matcher(alert.communeCode()).matches()) {
            // Not a code the web application could have muted; nothing to look up.
            return Set.of();
        }
        List<String> logins = clickHouse.query("SELECT login FROM " + table + " FINAL WHERE indicator_set = '" + alert.indicatorSet()
                        + "' AND indicator_code = '" + alert.indicatorCode() + "' AND commune_code IN ('', '" + alert.communeCode() + "') AND muted")
                .stream().map(row -> row.string("login")).toList();
        return logins.stream().collect(Collectors.toUnmodifiableSet());
    }
}
