package vn.thanhhoa.cds.dashboards.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.thanhhoa.cds.dashboards.units.Commune;
import vn.thanhhoa.cds.dashboards.units.Communes;

/**
 * The communes a user's queries and exports are limited to. Every query class takes one, so that
 * what a role may see is decided on the server for every page, API and export alike.
 *
 * @param communes the commune codes visible; ignored when {@code all}
 */
public record Scope(boolean all, Set<String> communes) {

    public static final Scope NONE = new Scope(false, Set.of());

    public Scope {
        communes = all ? Set.of() : Set.copyOf(communes);
    }

    public static Scope everything() {
        return new Scope(true, Set.of());
    }

    public static Scope of(Collection<String> communes) {
        return new Scope(false, Set.copyOf(communes));
    }

    /** The scope of a user among today's communes. */
    public static Scope of(User user, Communes units) {
        return switch (user.role()) {
            case PROVINCE_ANALYST -> everything();
            case UNIT_REVIEWER -> user.unit().filter(code -> code.equals(units.province().code())).map(code -> everything())
                    .orElseGet(() -> of(units.under(user.unit().orElseThrow()).stream().map(Commune::code).toList()));
            case COMMUNE_OFFICER -> of(List.of(user.unit().orElseThrow()));
            case REPORTING_BODY -> NONE;
        };
    }

    public boolean allows(String communeCode) {
        return all || communes.contains(communeCode);
    }

    /** The visible communes in code order (for SQL {@code IN} lists; meaningless when {@code all}). */
    public List<String> sortedCommunes() {
        return List.copyOf(new TreeSet<>(communes));
    }
}
