package vn.thanhhoa.cds.reports.notify;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;
import vn.thanhhoa.cds.adminunits.unit.UnitLevel;
import vn.thanhhoa.cds.reports.delivery.Channel;
import vn.thanhhoa.cds.reports.delivery.Recipient;
import vn.thanhhoa.cds.reports.delivery.RecipientsFile;

/**
 * The alert subscriptions, from the recipients file's {@code subscriptions}, checked at start: a
 * commune officer's unit must be a commune, a reviewer's a parent unit, every address well formed.
 *
 * <pre>{"subscriptions": [{"id": "tho-dan-vhxh", "role": "COMMUNE_OFFICER", "unit": "15742",
 *     "indicators": ["1.6"], "channel": "EMAIL", "address": "vhxh@thodan.thanhhoa.gov.vn",
 *     "cadence": "IMMEDIATE", "mutedIndicators": [], "mutedCommunes": [], "login": "xa.thodan"}]}</pre>
 *
 * <p>{@code login} (optional) links the subscription to a dashboard user: what that user mutes on the
 * alert feed is not sent to this subscription (see {@link WebMutes}).
 */
public record Subscriptions(List<Subscription> all) {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._@-]{1,64}");

    public Subscriptions {
        all = List.copyOf(all);
    }

    public static Subscriptions read(RecipientsFile file, AdministrativeUnits units, LocalDate today) {
        List<Subscription> subscriptions = new ArrayList<>();
        java.util.Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode entry : file.section("subscriptions")) {
            String where = file.file() + ", subscriptions[" + index++ + "]";
            try {
                String id = RecipientsFile.requiredText(entry, "id", where);
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("the id '" + id + "' is used twice");
                }
                Role role = Role.valueOf(RecipientsFile.requiredText(entry, "role", where).toUpperCase(Locale.ROOT));
                String unit = role == Role.PROVINCE_ANALYST ? entry.path("unit").asText("province") : RecipientsFile.requiredText(entry, "unit", where);
                checkUnit(role, unit, units, today);
                Channel channel = Channel.valueOf(RecipientsFile.requiredText(entry, "channel", where).toUpperCase(Locale.ROOT));
                Recipient recipient = new Recipient(channel, RecipientsFile.requiredText(entry, "address", where));
                Cadence cadence = entry.has("cadence") ? Cadence.valueOf(entry.get("cadence").asText().toUpperCase(Locale.ROOT)) : Cadence.IMMEDIATE;
                subscriptions.add(new Subscription(id, role, unit, new HashSet<>(RecipientsFile.texts(entry, "indicators")), recipient, cadence,
                        new HashSet<>(RecipientsFile.texts(entry, "mutedIndicators")), new HashSet<>(RecipientsFile.texts(entry, "mutedCommunes")), login(entry)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().startsWith(where) ? e.getMessage() : where + ": " + e.getMessage(), e);
            }
        }
        return new Subscriptions(subscriptions);
    }

    /** The dashboard login a subscription is linked to: lower case, as the users file keeps them. */
    private static Optional<String> login(JsonNode entry) {
        if (!entry.has("login") || entry.get("login").isNull()) {
            return Optional.empty();
        }
        String login = entry.get("login").asText("").strip();
        if (!LOGIN.matcher(login).matches()) {
            throw new IllegalArgumentException("the login '" + login + "' is not a dashboard login (1-64 lower-case letters, digits, '.', '_', '-' or '@')");
        }
        return Optional.of(login);
    }

    private static void checkUnit(Role role, String unit, AdministrativeUnits units, LocalDate today) {
        if (role == Role.PROVINCE_ANALYST) {
            return;
        }
        UnitLevel expected = role == Role.COMMUNE_OFFICER ? UnitLevel.COMMUNE : null;
        boolean known = units.withCode(unit).stream().anyMatch(u -> expected == null ? u.level() != UnitLevel.COMMUNE : u.level() == expected);
        if (!known) {
            throw new IllegalArgumentException("the unit '" + unit + "' is not " + (role == Role.COMMUNE_OFFICER ? "a commune" : "a district or the province")
                    + " in the administrative units (checked " + today + ")");
        }
    }

    public List<Subscription> matching(AlertNotice alert, UnitScope scope) {
        return all.stream().filter(s -> s.wants(alert, scope)).toList();
    }
}
