package vn.thanhhoa.cds.connectors.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a citizen identifier into a pseudonym inside the connector, so the raw number never reaches
 * Kafka, ClickHouse or a log (Law 91/2025/QH15, Decree 356/2025/NĐ-CP). HMAC-SHA256 with a secret
 * key kept outside the pipeline: without the key a pseudonym cannot be reversed by hashing all
 * 12-digit numbers, and rotating the key (new key id) makes old and new pseudonyms unlinkable.
 * The key id is part of the pseudonym so that a rotation is visible in the data.
 */
public final class Pseudonymiser {

    private static final String ALGORITHM = "HmacSHA256";

    private final String keyId;
    // Initialised once and never used itself: each pseudonym is computed on a copy, which is
    // thread-safe and costs a fraction of looking the algorithm up and keying it for every record.
    private final Mac keyed;

    public Pseudonymiser(PseudonymKey pseudonymKey) {
        this.keyId = pseudonymKey.id();
        try {
            this.keyed = Mac.getInstance(ALGORITHM);
            keyed.init(new SecretKeySpec(pseudonymKey.secret(), ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    /** {@code <key id>:<base64url of the HMAC of the identifier as {@link IdentityNumber} normalises it>}. */
    public String pseudonym(String identifier) {
        String normalised = IdentityNumber.normalise(identifier);
        byte[] digest = copy().doFinal(normalised.getBytes(StandardCharsets.UTF_8));
        return keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private Mac copy() {
        try {
            return (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("this JVM's HMAC-SHA256 cannot be copied", e);
        }
    }
}
