package vn.thanhhoa.cds.dashboards.access;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thanhhoa.cds.dashboards.units.Commune;
import vn.thanhhoa.cds.dashboards.units.Communes;

/**
 * The demo's users: one of each role, with passwords generated at each start, written (hashed) to a
 * users file, and the sign-in details printed once for the person who started the demo.
 */
public final class DemoUsers {

    /** Without look-alike characters (0/O, 1/l/I), so that a password read off a terminal types right. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** One user's sign-in, password in clear: for printing only, never stored. */
    public record Credential(String login, String password, Role role, String scope, String name) {}

    private final List<Credential> credentials;
    private final UserDirectory directory;

    private DemoUsers(List<Credential> credentials, UserDirectory directory) {
        this.credentials = List.copyOf(credentials);
        this.directory = directory;
    }

    /**
     * Creates the four users, the officer in the first commune, the reviewer over that commune's former
     * district, the reporting body for {@code body}; writes them to {@code usersFile}.
     */
    public static DemoUsers create(Path usersFile, Communes communes, String body, SecureRandom random) {
        PasswordHashes hashes = new PasswordHashes(random);
        Commune commune = communes.all().getFirst();
        List<Credential> credentials = List.of(
                new Credential("phantich", password(random), Role.PROVINCE_ANALYST, "toàn tỉnh", "Chuyên viên Sở Khoa học và Công nghệ"),
                new Credential("thamtra", password(random), Role.UNIT_REVIEWER, "các xã thuộc " + commune.formerDistrictName() + " cũ",
                        "Thẩm tra " + commune.formerDistrictName() + " cũ"),
                new Credential("canboxa", password(random), Role.COMMUNE_OFFICER, commune.name(), "Cán bộ " + commune.name()),
                new Credential("baocao", password(random), Role.REPORTING_BODY, "báo cáo của đơn vị " + body, "Đơn vị báo cáo " + body));
        List<User> users = new ArrayList<>();
        for (Credential c : credentials) {
            Optional<String> unit = switch (c.role()) {
                case COMMUNE_OFFICER -> Optional.of(commune.code());
                case UNIT_REVIEWER -> Optional.of(commune.formerDistrictCode());
                default -> Optional.empty();
            };
            users.add(new User(c.login(), c.name(), c.role(), hashes.hash(c.password()), unit,
                    c.role() == Role.REPORTING_BODY ? Optional.of(body) : Optional.empty()));
        }
        try {
            UserDirectory.write(usersFile, users);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo's users file " + usersFile + " cannot be written: " + e.getMessage(), e);
        }
        return new DemoUsers(credentials, new UserDirectory(users));
    }

    public UserDirectory directory() {
        return directory;
    }

    public List<Credential> credentials() {
        return credentials;
    }

    /** How to sign in, for the terminal that started the demo. */
    public void print(PrintStream out, String dashboardUrl) {
        out.println("Đăng nhập bảng điều khiển tại " + dashboardUrl + "dang-nhap (mật khẩu mới ở mỗi lần chạy demo):");
        for (Credential c : credentials) {
            out.printf("  %-9s mật khẩu %s  — %s, %s%n", c.login(), c.password(), c.role().vietnameseName(), c.scope());
        }
    }

    private static String password(SecureRandom random) {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
