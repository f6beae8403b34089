package vn.thanhhoa.cds.dashboards.access;

import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** BCrypt through Bouncy Castle: the hashes {@code htpasswd -B} and most tools write. */
public final class PasswordHashes {

    static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}");
    private static final int COST = 12;

    private final SecureRandom random;

    public PasswordHashes(SecureRandom random) {
        this.random = random;
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, COST);
    }

    public static boolean isHash(String text) {
        return text != null && BCRYPT.matcher(text).matches();
    }

    public static boolean matches(String password, String hash) {
        return password != null && !password.isEmpty() && OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
    }
}
