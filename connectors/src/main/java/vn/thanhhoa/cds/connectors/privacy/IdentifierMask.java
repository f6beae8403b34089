package vn.thanhhoa.cds.connectors.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Hides what could identify a person in text that leaves a connector: dead-letter excerpts and
 * reasons, quarantine notes, log lines. A rejected line is by definition one the mapping could not
 * understand, so its identifiers cannot be found by parsing it: they are found by field name (in
 * JSON, even when the line is cut short) and by shape (digit runs as people type them, with spaces,
 * dots or dashes between groups; passport and insurance card numbers).
 */
public final class IdentifierMask {

    public static final String HIDDEN_NUMBER = "<số định danh đã ẩn>";
    public static final String HIDDEN_VALUE = "<đã ẩn>";

    /**
     * Fields that hold an identifier, a name, a birth date, an address or a way to reach a person,
     * by the names the source formats use (SOURCE_FORMATS: one-stop dossier sync, XML1 TONG_HOP).
     */
    static final List<String> PERSONAL_FIELDS = List.of(
            "DinhDanhCHS", "SoDinhDanh", "SoGiayToChuHoSo", "MaDoiTuong", "ChuHoSo", "SoDienThoai", "Email", "DiaChi",
            "NguoiDanhGia", "SO_CCCD", "HO_TEN", "NGAY_SINH", "DIA_CHI", "DIEN_THOAI", "MA_THE_BHYT", "MA_BN", "MA_HSBA");

    // A JSON value: an array (an identifier list), a string (perhaps cut short) or a bare scalar.
    private static final Pattern NAMED_FIELD = Pattern.compile(
            "\"(" + String.join("|", PERSONAL_FIELDS) + ")\"\\s*:\\s*(\\[[^\\]]*\\]?|\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]]*)",
            Pattern.CASE_INSENSITIVE);
    // Nine or more digits, single spaces, dots or dashes allowed between them (CCCD, old CMND,
    // phone, insurance and bank numbers as typed). A run glued to a code ("H56-250805-00012",
    // "1.000894.000.00.00.H56") is part of that code, not a number of its own.
    private static final Pattern DIGIT_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<!\\p{N}[-.])\\p{N}(?:[ .\\-]?\\p{N}){8,}(?![ .\\-]?\\p{N})(?![-.]?\\p{L})");
    // A passport number: one letter and seven or eight digits ("C1234567", "B 12345678").
    private static final Pattern PASSPORT = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}[ ]?\\p{N}{7,8}(?![\\p{L}\\p{N}])");
    // A health insurance card: two or three letters and ten or more digits ("GD4383812345678").
    private static final Pattern INSURANCE_CARD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}{2,3}\\p{N}{10,}(?![\\p{N}])");

    private IdentifierMask() {
    }

    /** The text with every personal value hidden; null stays null. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = NAMED_FIELD.matcher(text).replaceAll("\"$1\":\"" + HIDDEN_VALUE + "\"");
        masked = INSURANCE_CARD.matcher(masked).replaceAll(HIDDEN_NUMBER);
        masked = PASSPORT.matcher(masked).replaceAll(HIDDEN_NUMBER);
        return DIGIT_RUN.matcher(masked).replaceAll(HIDDEN_NUMBER);
    }
}
