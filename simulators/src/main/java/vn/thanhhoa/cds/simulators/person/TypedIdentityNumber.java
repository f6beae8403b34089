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

    /** A simulated person's number and, for a 12-digit citizen ID, the birth year it was built from. */
    public record Identity(String number, Integer birthYear) {
    }

    /**
     * The person's number, from nine random digits: most get a 12-digit citizen ID (CCCD) laid out
     * as the real ones are (Thanh Hóa's province code 038, a digit for sex and century, two for the
     * birth year between 1945 and 2014, six for the rest); one person in ten an old 9-digit card,
     * and one in twenty a passport numbered by {@code person}. Only the CCCD says a birth year.
     */
    public static Identity of(int person, int nineRandomDigits) {
        if (person % 20 == 7) {
            return new Identity(String.format("C%07d", person % 10_000_000), null);
        }
        if (person % 10 == 3) {
            return new Identity(String.format("%09d", nineRandomDigits), null);
        }
        int high = nineRandomDigits / 1_000_000;
        int birthYear = 1945 + high % 70;
        int sexAndCentury = (birthYear >= 2000 ? 2 : 0) + (high / 70) % 2;
        return new Identity(String.format("038%d%02d%06d", sexAndCentury, birthYear % 100, nineRandomDigits % 1_000_000), birthYear);
    }

    /** Whether a person born in {@code birthYear} is an adult in {@code year}, when the year alone can tell. */
    public static Boolean adultIn(Integer birthYear, int year) {
        if (birthYear == null || year - birthYear == 18) {
            return null;
        }
        return year - birthYear > 18;
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
