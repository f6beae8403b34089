package vn.thanhhoa.cds.dashboards.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.dashboards.units.Commune;
import vn.thanhhoa.cds.dashboards.units.Communes;

class UserDirectoryTest {

    private static final Set<String> BODIES = Set.of("BANK", "TELECOM", "POWER");
    private static Communes communes;
    private static String hash;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() {
        communes = Communes.of(ReferenceData.load(), LocalDate.of(2026, 11, 25));
        hash = new PasswordHashes(new SecureRandom()).hash("bí mật");
    }

    private Path file(String json) throws Exception {
        return Files.writeString(folder.resolve("users.json"), json, StandardCharsets.UTF_8);
    }

    private String user(String login, String role, String extra) {
        return "{\"login\": \"" + login + "\", \"role\": \"" + role + "\", \"passwordHash\": \"" + hash + "\"" + extra + "}";
    }

    @Test
    void readsOneUserOfEachRoleAndLooksLoginsUpWithoutCase() throws Exception {
        Path users = file("{\"users\": [" + String.join(",", user("phantich", "PROVINCE_ANALYST", ""),
                user("thamtra", "UNIT_REVIEWER", ", \"unit\": \"380\""), user("canboxa", "COMMUNE_OFFICER", ", \"unit\": \"14758\", \"name\": \"Nguyễn Văn A\""),
                user("nganhang", "REPORTING_BODY", ", \"body\": \"BANK\"")) + "]}");

        UserDirectory directory = UserDirectory.read(users, communes, BODIES);

        assertThat(directory.size()).isEqualTo(4);
        assertThat(directory.user(" CanBoXa ")).hasValueSatisfying(u -> {
            assertThat(u.role()).isEqualTo(Role.COMMUNE_OFFICER);
            assertThat(u.unit()).hasValue("14758");
            assertThat(u.name()).isEqualTo("Nguyễn Văn A");
            assertThat(u.toString()).doesNotContain(hash);
        });
        assertThat(PasswordHashes.matches("bí mật", directory.user("phantich").orElseThrow().passwordHash())).isTrue();
        assertThat(PasswordHashes.matches("bi mat", directory.user("phantich").orElseThrow().passwordHash())).isFalse();
    }

    @Test
    void eachMistakeIsOneSentenceNamingTheFileTheEntryAndWhatIsWrong() throws Exception {
        List<List<String>> cases = List.of(
                List.of("{\"users\": [" + user("a1", "MAYOR", "") + "]}", "user 1 ('a1') has the unknown role 'MAYOR'"),
                List.of("{\"users\": [{\"login\": \"a1\", \"role\": \"PROVINCE_ANALYST\", \"passwordHash\": \"secret\"}]}", "is not a BCrypt hash"),
                List.of("{\"users\": [" + user("a1", "COMMUNE_OFFICER", ", \"unit\": \"99999\"") + "]}", "\"unit\" 99999 is not the code of a commune valid today"),
                List.of("{\"users\": [" + user("a1", "COMMUNE_OFFICER", "") + "]}", "a COMMUNE_OFFICER needs \"unit\""),
                List.of("{\"users\": [" + user("a1", "UNIT_REVIEWER", ", \"unit\": \"14758\"") + "]}", "neither the province nor a former district"),
                List.of("{\"users\": [" + user("a1", "REPORTING_BODY", ", \"body\": \"WATER\"") + "]}", "\"body\" WATER is not one of the reporting bodies"),
                List.of("{\"users\": [" + user("a1", "PROVINCE_ANALYST", "") + "," + user("A1", "PROVINCE_ANALYST", "") + "]}", "user 2 ('a1') repeats the login 'a1'"),
                List.of("{\"users\": []}", "has no \"users\" list"),
                List.of("{\"users\": [", "is not valid JSON"));
        for (List<String> c : cases) {
            Path users = file(c.get(0));
            assertThatThrownBy(() -> UserDirectory.read(users, communes, BODIES)).as(c.get(1))
                    .isInstanceOf(UsersFileException.class).hasMessageContaining(users.toString()).hasMessageContaining(c.get(1));
        }
    }

    @Test
    void aReviewerOfTheProvinceSeesEveryCommuneAndOfADistrictOnlyItsOwn() {
        User province = new User("p", "p", Role.UNIT_REVIEWER, hash, java.util.Optional.of(communes.province().code()), java.util.Optional.empty());
        User district = new User("d", "d", Role.UNIT_REVIEWER, hash, java.util.Optional.of("380"), java.util.Optional.empty());
        assertThat(Scope.of(province, communes).all()).isTrue();
        Scope scope = Scope.of(district, communes);
        assertThat(scope.all()).isFalse();
        assertThat(scope.communes()).isNotEmpty().allSatisfy(code -> assertThat(communes.commune(code).map(Commune::formerDistrictCode)).hasValue("380"));
        assertThat(Scope.of(new User("b", "b", Role.REPORTING_BODY, hash, java.util.Optional.empty(), java.util.Optional.of("BANK")), communes).allows("14758")).isFalse();
    }

    @Test
    void theDemoWritesAFileThatReadsBackWithItsPrintedPasswords() throws Exception {
        Path users = folder.resolve("demo/users.json");
        DemoUsers demo = DemoUsers.create(users, communes, "POWER", new SecureRandom());
        UserDirectory read = UserDirectory.read(users, communes, BODIES);

        assertThat(demo.credentials()).extracting(DemoUsers.Credential::role).containsExactly(Role.values());
        for (DemoUsers.Credential c : demo.credentials()) {
            assertThat(PasswordHashes.matches(c.password(), read.user(c.login()).orElseThrow().passwordHash())).as(c.login()).isTrue();
        }
        assertThat(Files.readString(users)).doesNotContain(demo.credentials().getFirst().password());
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        demo.print(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8), "http://127.0.0.1:8080/");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("http://127.0.0.1:8080/dang-nhap", demo.credentials().get(2).password(), "Cán bộ xã");
    }
}
