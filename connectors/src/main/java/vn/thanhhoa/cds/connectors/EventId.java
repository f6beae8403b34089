package vn.thanhhoa.cds.connectors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic event ids: the same input event always gets the same id, so a replayed or repeated
 * line is recognisable downstream as the same event.
 */
public final class EventId {

    private EventId() {
    }

    /** 32 hex characters of SHA-256 over the parts joined by '|'. */
    public static String of(String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
