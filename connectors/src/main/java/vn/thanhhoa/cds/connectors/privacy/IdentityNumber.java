package vn.thanhhoa.cds.connectors.privacy;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A personal identifier as people type it: "038 080 001 234", "038-080-001-234", "038.080.001.234"
 * and "038080001234" are one citizen, and so are "c1234567" and "C 1234567". Reduced to one form
 * before hashing, so that the same person always gets the same pseudonym.
 */
public final class IdentityNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-_/]+");
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Z0-9]{6,20}");

    private IdentityNumber() {
    }

    /** Upper case, without the spaces, dots, dashes and slashes people put between digit groups. */
    public static String normalise(String typed) {
        return SEPARATORS.matcher(typed.strip()).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** Whether the normalised form can be an identity number (12-digit ID, 9-digit old ID card, passport, account). */
    public static boolean isPlausible(String typed) {
        return typed != null && PLAUSIBLE.matcher(normalise(typed)).matches();
    }
}
