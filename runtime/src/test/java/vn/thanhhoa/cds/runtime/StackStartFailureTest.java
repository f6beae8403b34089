package vn.thanhhoa.cds.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.runtime.network.Ports;
import vn.thanhhoa.cds.runtime.network.StackStartException;

/** A stack that cannot start says why in one sentence and leaves nothing behind. */
class StackStartFailureTest {

    @TempDir
    Path temp;

    @Test
    void anOccupiedKafkaPortIsNamedWithItsSetting() throws Exception {
        try (ServerSocket occupied = new ServerSocket(0, 1, InetAddress.getByName(Ports.LOOPBACK))) {
            StackConfig config = new StackConfig(Map.of(StackConfig.DATA_DIR_CONFIG, temp.toString(),
                    StackConfig.KAFKA_PORT_CONFIG, occupied.getLocalPort()));

            assertThatThrownBy(() -> EmbeddedStack.start(config))
                    .isInstanceOf(StackStartException.class)
                    .hasMessage("Port " + occupied.getLocalPort() + " (kafka.port) is already in use on 127.0.0.1: "
                            + "stop the program using it, or choose another port (0 picks a free one).");
        }
    }

    @Test
    void whenTheRegistryCannotStartTheBrokerAlreadyStartedIsStopped() throws Exception {
        int kafkaPort = Ports.free();
        try (ServerSocket occupied = new ServerSocket(0, 1, InetAddress.getByName(Ports.LOOPBACK))) {
            StackConfig config = new StackConfig(Map.of(StackConfig.DATA_DIR_CONFIG, temp.toString(),
                    StackConfig.KAFKA_PORT_CONFIG, kafkaPort,
                    StackConfig.REGISTRY_PORT_CONFIG, occupied.getLocalPort()));

            assertThatThrownBy(() -> EmbeddedStack.start(config))
                    .isInstanceOf(StackStartException.class)
                    .hasMessageContaining("(registry.port) is already in use");
        }
        assertThat(Ports.isListening(kafkaPort)).isFalse();
        assertThat(Files.exists(temp.resolve("kafka/meta.properties"))).isTrue();
    }

    @Test
    void aDataDirectoryInUseByAnotherProcessIsRefusedBeforeAnythingStarts() throws Exception {
        Path directory = Files.createDirectories(temp.resolve("in-use"));
        // Another JVM holds the directory's lock, as a running demo would.
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), directory.resolve(".stack.lock").toString()).redirectErrorStream(true).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(6))).isEqualTo("locked");
            assertThatThrownBy(() -> EmbeddedStack.start(StackConfig.in(directory)))
                    .isInstanceOf(StackStartException.class)
                    .hasMessage("The stack data directory " + directory + " is in use by another running stack: stop it first, or choose another data directory.");
            assertThat(directory.resolve("kafka")).doesNotExist();
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    /** Holds a file lock in a separate process until killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (var channel = java.nio.channels.FileChannel.open(Path.of(args[0]), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                 var lock = channel.lock()) {
                System.out.print("locked");
                System.out.flush();
                Thread.sleep(120_000);
            }
        }
    }

    @Test
    void aDataDirectoryThatIsAFileIsNamed() throws Exception {
        Path file = Files.writeString(temp.resolve("file"), "x");

        assertThatThrownBy(() -> EmbeddedStack.start(StackConfig.in(file)))
                .isInstanceOf(StackStartException.class)
                .hasMessageStartingWith("The stack data directory " + file + " cannot be created");
    }

    @Test
    void aPortOutsideTheValidRangeIsRefusedByTheConfiguration() {
        assertThatThrownBy(() -> new StackConfig(Map.of(StackConfig.DATA_DIR_CONFIG, temp.toString(), StackConfig.REGISTRY_PORT_CONFIG, 70000)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("registry.port")
                .hasMessageContaining("70000");
    }
}
