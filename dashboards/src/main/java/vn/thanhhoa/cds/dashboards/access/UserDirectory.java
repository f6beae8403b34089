package vn.thanhhoa.cds.dashboards.access;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.thanhhoa.cds.dashboards.units.Communes;

/**
 * The people who may sign in, read from a JSON users file given at start-up:
 * <pre>{"users": [{"login": "xa.hamrong", "name": "…", "role": "COMMUNE_OFFICER", "unit": "14758",
 *   "passwordHash": "$2y$12$…"}, …]}</pre>
 * Every entry is checked before the server starts: a known role, a BCrypt hash, a unique login, the
 * commune of an officer among today's communes, the parent unit of a reviewer among the province and
 * the former districts, the body of a reporting body among the configured ones.
 */
public final class UserDirectory {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final Map<String, User> byLogin;

    public UserDirectory(List<User> users) {
        Map<String, User> map = new LinkedHashMap<>();
        users.forEach(user -> map.put(user.login(), user));
        this.byLogin = Map.copyOf(map);
    }

    public Optional<User> user(String login) {
        return login == null ? Optional.empty() : Optional.ofNullable(byLogin.get(login.strip().toLowerCase(Locale.ROOT)));
    }

    public int size() {
        return byLogin.size();
    }

    /** Reads and checks a users file. */
    public static UserDirectory read(Path file, Communes communes, Set<String> bodies) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new UsersFileException("The users file " + file + " is not valid JSON (" + e.getOriginalMessage() + ").", e);
        } catch (IOException e) {
            throw new UsersFileException("The users file " + file + " cannot be read (" + e.getMessage() + ").", e);
        }
        JsonNode entries = root == null ? null : root.get("users");
        if (!(entries instanceof ArrayNode array) || array.isEmpty()) {
            throw new UsersFileException("The users file " + file + " has no \"users\" list with at least one user.");
        }
        List<User> users = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String where = "The users file " + file + ", user " + (i + 1);
            if (!(array.get(i) instanceof ObjectNode entry)) {
                throw new UsersFileException(where + " is not an object.");
            }
            User user = user(entry, where, communes, bodies);
            if (users.stream().anyMatch(u -> u.login().equals(user.login()))) {
                throw new UsersFileException(where + " ('" + user.login() + "') repeats the login '" + user.login() + "'.");
            }
            users.add(user);
        }
        return new UserDirectory(users);
    }

    private static User user(ObjectNode entry, String where, Communes communes, Set<String> bodies) {
        String login = text(entry, "login").map(s -> s.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsersFileException(where + " has no \"login\"."));
        String at = where + " ('" + login + "')";
        if (!LOGIN.matcher(login).matches()) {
            throw new UsersFileException(at + ": the login must be 2-64 characters of a-z, 0-9, '.', '_' or '-'.");
        }
        String roleName = text(entry, "role").orElseThrow(() -> new UsersFileException(at + " has no \"role\"."));
        Role role = Arrays.stream(Role.values()).filter(r -> r.name().equals(roleName)).findFirst()
                .orElseThrow(() -> new UsersFileException(at + " has the unknown role '" + roleName + "' (expected one of " + Arrays.toString(Role.values()) + ")."));
        String hash = text(entry, "passwordHash").orElseThrow(() -> new UsersFileException(at + " has no \"passwordHash\"."));
        if (!PasswordHashes.isHash(hash)) {
            throw new UsersFileException(at + ": \"passwordHash\" is not a BCrypt hash ($2a$, $2b$ or $2y$, as htpasswd -B writes); plain passwords are refused.");
        }
        Optional<String> unit = text(entry, "unit");
        Optional<String> body = text(entry, "body");
        switch (role) {
            case COMMUNE_OFFICER -> {
                String code = unit.orElseThrow(() -> new UsersFileException(at + ": a COMMUNE_OFFICER needs \"unit\", the code of their commune."));
                if (communes.commune(code).isEmpty()) {
                    throw new UsersFileException(at + ": \"unit\" " + code + " is not the code of a commune valid today.");
                }
            }
            case UNIT_REVIEWER -> {
                String code = unit.orElseThrow(() -> new UsersFileException(at + ": a UNIT_REVIEWER needs \"unit\", the code of the province or a former district."));
                if (communes.parentUnit(code).isEmpty()) {
                    throw new UsersFileException(at + ": \"unit\" " + code + " is neither the province nor a former district.");
                }
            }
            case REPORTING_BODY -> {
                String code = body.orElseThrow(() -> new UsersFileException(at + ": a REPORTING_BODY needs \"body\", one of " + bodies + "."));
                if (!bodies.contains(code)) {
                    throw new UsersFileException(at + ": \"body\" " + code + " is not one of the reporting bodies " + bodies + ".");
                }
            }
            case PROVINCE_ANALYST -> {
            }
        }
        String name = text(entry, "name").orElse(login);
        return new User(login, name, role, hash, role == Role.COMMUNE_OFFICER || role == Role.UNIT_REVIEWER ? unit : Optional.empty(),
                role == Role.REPORTING_BODY ? body : Optional.empty());
    }

    private static Optional<String> text(ObjectNode entry, String field) {
        JsonNode node = entry.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? Optional.empty() : Optional.of(node.asText().strip());
    }

    /** Writes users in the file's format (the demo's generated users). */
    public static void write(Path file, List<User> users) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode array = root.putArray("users");
        for (User user : users) {
            ObjectNode entry = array.addObject();
            entry.put("login", user.login());
            entry.put("name", user.name());
            entry.put("role", user.role().name());
            user.unit().ifPresent(unit -> entry.put("unit", unit));
            user.body().ifPresent(body -> entry.put("body", body));
            entry.put("passwordHash", user.passwordHash());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
    }
}
