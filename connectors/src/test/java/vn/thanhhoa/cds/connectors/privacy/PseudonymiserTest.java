package vn.thanhhoa.cds.connectors.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The pseudonym is the HMAC-SHA256 of the normalised number, the same on every call and every thread. */
class PseudonymiserTest {

    private static final byte[] SECRET = "a test secret of at least 32 bytes!!".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPseudonymIsTheKeyIdAndTheHmacOfTheNormalisedNumber() throws Exception {
        Pseudonymiser pseudonymiser = new Pseudonymiser(new PseudonymKey("k1", SECRET));
        String expected = "k1:" + hmac("038090001234");
        // Called again and in every typed form: the keyed HMAC is copied per call, never used up.
        assertThat(List.of("038090001234", "038 090 001 234", "038-090-001-234", "038090001234"))
                .allSatisfy(typed -> assertThat(pseudonymiser.pseudonym(typed)).isEqualTo(expected));
        assertThat(pseudonymiser.pseudonym("038090001235")).isEqualTo("k1:" + hmac("038090001235"));
    }

    @Test
    void threadsSharingOnePseudonymiserGetTheSamePseudonyms() throws Exception {
        Pseudonymiser pseudonymiser = new Pseudonymiser(new PseudonymKey("k1", SECRET));
        List<String> numbers = IntStream.range(0, 2_000).mapToObj(i -> String.format("0380900%05d", i)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = IntStream.range(0, 4)
                    .mapToObj(run -> pool.submit(() -> numbers.stream().map(pseudonymiser::pseudonym).toList())).toList();
            List<String> expected = numbers.stream().map(number -> "k1:" + hmac(number)).toList();
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Computed here with the JDK's Mac directly, not through the class under test. */
    private static String hmac(String number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(number.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
