package vn.thanhhoa.cds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell steps that run before any Java: finding a JDK 25 and fetching the ClickHouse engine
 * with npm. When what they need is missing they must say so in one sentence and stop.
 */
class PreflightScriptsTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void aMachineWithoutJdk25IsToldSoInOneSentence() throws Exception {
        Path oldJdk = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        Result result = run(List.of("bash", "-c", ". bin/find-jdk.sh && echo found $JAVA_HOME"),
                Map.of("JAVA_HOME", oldJdk.toString(), "CDS_JDK_SEARCH_PATH", oldJdk + " " + temp));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.stdout()).doesNotContain("found");
        assertThat(result.stderr().strip().lines().toList()).singleElement().asString()
                .startsWith("No JDK 25 or newer was found")
                .contains("JAVA_HOME=" + oldJdk);
    }

    @Test
    void theJdkIn_JAVA_HOME_isUsedWhenItIs25OrNewer() throws Exception {
        String current = System.getProperty("java.home");
        Result result = run(List.of("bash", "-c", ". bin/find-jdk.sh && echo \"$JAVA_HOME\""),
                Map.of("JAVA_HOME", current, "CDS_JDK_SEARCH_PATH", temp.toString()));

        assertThat(result.status()).isZero();
        assertThat(result.stdout().strip()).isEqualTo(current);
    }

    @Test
    void aMachineWithoutNpmIsToldSoInOneSentenceWhenTheEngineIsNotCached() throws Exception {
        Result result = run(List.of("store/src/build/fetch-chdb.sh", "26.7.3-stable.1", "sha512-unused", temp.resolve("cache").toString()),
                Map.of("CDS_NPM", temp.resolve("no-such-npm").toString()));

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.stderr().strip().lines().toList()).singleElement().asString()
                .startsWith("npm was not found on PATH")
                .contains("@chdb/lib-linux-x64-gnu@26.7.3-stable.1");
        assertThat(temp.resolve("cache/chdb/26.7.3-stable.1/libchdb.so")).doesNotExist();
    }

    private Result run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile());
        builder.environment().putAll(environment);
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int status = process.waitFor();
        return new Result(status, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int status, String stdout, String stderr) {
    }
}
