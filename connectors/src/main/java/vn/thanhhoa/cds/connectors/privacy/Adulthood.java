package vn.thanhhoa.cds.connectors.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Whether a person is an adult (18 or older) on a day, told inside the connector so that the birth
 * date itself never leaves it (indicators 3.6 and 3.11 count adults). Null when it cannot be told.
 */
public final class Adulthood {

    private static final int ADULT_AGE = 18;

    private Adulthood() {
    }

    /** From a birth date written {@code yyyyMMdd…} (XML1's NGAY_SINH is {@code yyyyMMddHHmm}). */
    public static Boolean fromBirthDate(String written, LocalDate day) {
        if (written == null || written.length() < 8 || !written.substring(0, 8).chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(written.substring(0, 4)), Integer.parseInt(written.substring(4, 6)),
                    Integer.parseInt(written.substring(6, 8)));
            return birth.isAfter(day) ? null : !birth.plusYears(ADULT_AGE).isAfter(day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * From a 12-digit citizen ID (CCCD, Circular 07/2016/TT-BCA): the 4th digit gives sex and
     * century (0–1 the 1900s, 2–3 the 2000s, 4–5 the 2100s…), the 5th and 6th the year of birth.
     * Only the year is known, so a person turning 18 in the year of {@code day} cannot be told.
     * Null for anything that is not a 12-digit number (an old 9-digit card, a passport).
     */
    public static Boolean fromCitizenId(String typed, LocalDate day) {
        if (typed == null) {
            return null;
        }
        String id = IdentityNumber.normalise(typed);
        if (id.length() != 12 || !id.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int birthYear = 1900 + 100 * ((id.charAt(3) - '0') / 2) + Integer.parseInt(id.substring(4, 6));
        int age = day.getYear() - birthYear;
        if (age == ADULT_AGE) {
            return null;
        }
        return age > ADULT_AGE;
    }
}
