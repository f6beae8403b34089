package vn.thanhhoa.cds.dashboards.access;

import java.util.Objects;
import java.util.Optional;

/**
 * A person who may sign in.
 *
 * @param login        the sign-in name, lower case
 * @param name         the name shown on the pages
 * @param passwordHash BCrypt ({@code $2a$}, {@code $2b$} or {@code $2y$})
 * @param unit         the commune of a {@link Role#COMMUNE_OFFICER}, the parent unit of a {@link Role#UNIT_REVIEWER}
 * @param body         the reporting body code ({@code BANK}, {@code TELECOM}, {@code POWER}) of a {@link Role#REPORTING_BODY}
 */
public record User(String login, String name, Role role, String passwordHash, Optional<String> unit, Optional<String> body) {

    public User {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        unit = unit == null ? Optional.empty() : unit;
        body = body == null ? Optional.empty() : body;
    }

    @Override
    public String toString() {
        // Never the hash: users end up in log lines.
        return login + " (" + role + unit.map(u -> " " + u).orElse("") + body.map(b -> " " + b).orElse("") + ")";
    }
}
