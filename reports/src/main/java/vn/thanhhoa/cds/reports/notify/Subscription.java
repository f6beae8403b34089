package vn.thanhhoa.cds.reports.notify;

import java.util.Optional;
import java.util.Set;
import vn.thanhhoa.cds.reports.delivery.Recipient;

/**
 * Who wants to hear of which alerts, how and when.
 *
 * @param unit             the commune (officer), the parent unit (reviewer) or {@code province} (analyst)
 * @param indicators       the indicator codes wanted; empty for every indicator
 * @param mutedIndicators  indicator codes never sent, whatever else matches
 * @param mutedCommunes    commune codes never sent
 * @param login            the dashboard login of the person behind it, if any: the mutes that login sets on the alert feed apply too
 */
public record Subscription(String id, Role role, String unit, Set<String> indicators, Recipient recipient, Cadence cadence,
                           Set<String> mutedIndicators, Set<String> mutedCommunes, Optional<String> login) {

    public Subscription {
        indicators = Set.copyOf(indicators);
        mutedIndicators = Set.copyOf(mutedIndicators);
        mutedCommunes = Set.copyOf(mutedCommunes);
        login = login == null ? Optional.empty() : login;
    }

    /** Whether the alert is for this subscriber: in their scope, an indicator they want, nothing muted. */
    public boolean wants(AlertNotice alert, UnitScope scope) {
        boolean inScope = switch (role) {
            case PROVINCE_ANALYST -> true;
            case UNIT_REVIEWER -> scope.isUnder(alert.communeCode(), unit, alert.day());
            case COMMUNE_OFFICER -> alert.communeCode().equals(unit);
        };
        return inScope && (indicators.isEmpty() || indicators.contains(alert.indicatorCode()))
                && !mutedIndicators.contains(alert.indicatorCode()) && !mutedCommunes.contains(alert.communeCode());
    }
}
