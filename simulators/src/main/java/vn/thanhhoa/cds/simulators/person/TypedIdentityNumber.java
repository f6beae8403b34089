package vn.thanhhoa.cds.simulators.person;

/**
 * A person's identity number as the source systems hold it, and as officers type it. Most people
 * have a 12-digit citizen ID (CCCD); some still give a 9-digit old ID card (CMND); a few only a
 * passport (one letter, seven digits). Each time the number is written it may be typed with
 * spaces, dashes or dots between digit groups, so a reader must treat all forms as one person and a
 * mask must hide all of them. Chosen from the person's and occurrence's index, not from a random
 * stream, so that adding forms does not change anything else a simulator writes.
 */
public final class TypedIdentityNumber {

    private TypedIdentityNumber() {
    }

    /**
     * The person's number: a CCCD built from {@code twelveDigits}, or for one person in ten its last
     * nine digits (an old ID card), or for one in twenty a passport numbered by {@code person}.
     */
    public static String of(int person, String twelveDigits) {
        if (person % 20 == 7) {
            return String.format("C%07d", person % 10_000_000);
        }
        if (person % 10 == 3) {
            return twelveDigits.substring(3);
        }
        return twelveDigits;
    }

    /** {@code number} as written on occurrence {@code occurrence}: plain, spaced, dashed, dotted, or in groups of four. */
    public static String typed(String number, int occurrence) {
        boolean passport = Character.isLetter(number.charAt(0));
        return switch (Math.floorMod(occurrence, 6)) {
            case 1 -> passport ? number.charAt(0) + " " + number.substring(1) : grouped(number, 3, " ");
            case 2 -> passport ? number.toLowerCase(java.util.Locale.ROOT) : grouped(number, 3, "-");
            case 3 -> passport ? number : grouped(number, 3, ".");
            case 4 -> passport ? number : grouped(number, 4, " ");
            default -> number;
        };
    }

    private static String grouped(String digits, int size, String separator) {
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < digits.length(); i += size) {
            if (i > 0) {
                typed.append(separator);
            }
            typed.append(digits, i, Math.min(digits.length(), i + size));
        }
        return typed.toString();
    }
}
