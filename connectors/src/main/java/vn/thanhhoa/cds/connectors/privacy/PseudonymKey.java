package vn.thanhhoa.cds.connectors.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.kafka.common.config.ConfigException;

/**
 * The pseudonymisation key: an id (for rotation) and at least 32 random bytes. Read from a file
 * outside the pipeline's data, one line {@code <key id>:<base64 secret>}; never logged.
 */
public record PseudonymKey(String id, byte[] secret) {

    private static final int MINIMUM_BYTES = 32;

    public PseudonymKey {
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("a pseudonym key id is 1–32 characters of [A-Za-z0-9_-]");
        }
        if (secret == null || secret.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException("a pseudonym key needs at least " + MINIMUM_BYTES + " bytes of secret");
        }
        secret = secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    /** Reads the key file; a missing or malformed file is a configuration error naming the setting. */
    public static PseudonymKey readFrom(Path file, String setting) {
        String line;
        try {
            line = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ConfigException(setting, file.toString(), "the pseudonymisation key file cannot be read (" + e.getMessage() + ")");
        }
        int colon = line.indexOf(':');
        try {
            if (colon < 1) {
                throw new IllegalArgumentException("expected one line '<key id>:<base64 secret>'");
            }
            return new PseudonymKey(line.substring(0, colon), Base64.getDecoder().decode(line.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(setting, file.toString(), "the pseudonymisation key file is malformed: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "PseudonymKey[" + id + "]";
    }
}
