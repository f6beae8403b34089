package vn.thanhhoa.cds.connectors.report;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thanhhoa.cds.connectors.report.ReportTable.UnreadableReport;

/**
 * Which encoding a CSV that is not UTF-8 most likely is, so that the refusal tells the officer what
 * happened and how to save the file again. Vietnamese offices still meet four: Windows-1258 (Excel's
 * "CSV (Comma delimited)" on a Vietnamese Windows), TCVN3/ABC (text typed with the .VnTime fonts),
 * VNI Windows (the VNI-Times fonts: a letter followed by its marks as Latin-1 characters, "Maõ xaõ")
 * and Latin-1 (Windows-1252, a Western Windows). Each candidate decoding is scored by the Vietnamese
 * words of a report it yields; the best wins.
 */
final class TextEncoding {

    /** TCVN3 (TCVN 5712:1993, as glibc's iconv decodes it) for bytes 0x80–0xFF. */
    private static final String TCVN3_HIGH = "\u00c0\u1ea2\u00c3\u00c1\u1ea0\u1eb6\u1eac\u00c8\u1eba\u1ebc\u00c9\u1eb8\u1ec6\u00cc\u1ec8\u0128"
            + "\u00cd\u1eca\u00d2\u1ece\u00d5\u00d3\u1ecc\u1ed8\u1edc\u1ede\u1ee0\u1eda\u1ee2\u00d9\u1ee6\u0168"
            + "\u00a0\u0102\u00c2\u00ca\u00d4\u01a0\u01af\u0110\u0103\u00e2\u00ea\u00f4\u01a1\u01b0\u0111\u1eb0"
            + "\u0300\u0309\u0303\u0301\u0323\u00e0\u1ea3\u00e3\u00e1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4"
            + "\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7\u1ea9\u1eab\u1ea5\u1ead\u00e8\u1ec2\u1ebb\u1ebd"
            + "\u00e9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\u00ec\u1ec9\u1ec4\u1ebe\u1ed2\u0129\u00ed\u1ecb\u00f2"
            + "\u1ed4\u1ecf\u00f5\u00f3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\u00f9"
            + "\u1ed6\u1ee7\u0169\u00fa\u1ee5\u1eeb\u1eed\u1eef\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\u00fd\u1ef5\u1ed0";

    /** Words every report has somewhere (title, header), after NFC and lower case. */
    private static final List<String> REPORT_WORDS = List.of("mã xã", "xã", "tên", "tháng", "năm", "báo cáo", "đơn vị", "phường", "hộ",
            "số", "người", "điện", "thuê bao", "tài khoản", "gia đình", "tổng cộng", "dân số", "không");

    /** VNI: a vowel followed by a mark written as a Latin-1 letter (ù ø û õ ï for tones, â ê ô for hats and hooks). */
    private static final Pattern VNI_MARKS = Pattern.compile("[aeiouyAEIOUY][\u00f9\u00f8\u00fb\u00f5\u00ef\u00e2\u00ea\u00f4\u00e1\u00e0\u00e5\u00e3\u00e4\u00e9\u00e8\u00fa\u00fc\u00eb]|[\u00f1\u00d1\u00f6\u00d6]");

    enum Guess {
        WINDOWS_1258("Windows-1258", "Windows-1258"),
        TCVN3("TCVN3 (ABC, typed with the .VnTime fonts)", "TCVN3 (ABC, gõ bằng phông .VnTime)"),
        VNI("VNI Windows (typed with the VNI-Times fonts)", "VNI Windows (gõ bằng phông VNI-Times)"),
        LATIN_1("Latin-1 (Windows-1252) or another 8-bit code page", "Latin-1 (Windows-1252) hoặc một bảng mã 8 bit khác");

        final String english;
        final String vietnamese;

        Guess(String english, String vietnamese) {
            this.english = english;
            this.vietnamese = vietnamese;
        }
    }

    private TextEncoding() {
    }

    static Guess guess(byte[] bytes) {
        int length = Math.min(bytes.length, 64 * 1024);
        byte[] head = java.util.Arrays.copyOf(bytes, length);
        Guess best = Guess.LATIN_1;
        int bestScore = 0;
        int cp1258 = score(new String(head, Charset.forName("windows-1258")));
        if (cp1258 > bestScore) {
            best = Guess.WINDOWS_1258;
            bestScore = cp1258;
        }
        int tcvn3 = score(tcvn3(head));
        if (tcvn3 > bestScore) {
            best = Guess.TCVN3;
            bestScore = tcvn3;
        }
        String latin = new String(head, Charset.forName("windows-1252"));
        Matcher vni = VNI_MARKS.matcher(latin);
        int vniMarks = 0;
        while (vni.find()) {
            vniMarks++;
        }
        // VNI's marks are ordinary Latin-1 letters, so its text decodes as Latin-1 and scores no
        // Vietnamese word; many vowel-mark pairs and no word from the other decodings point to it.
        if (bestScore == 0 && vniMarks >= 3) {
            best = Guess.VNI;
        }
        return best;
    }

    private static String tcvn3(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int unsigned = b & 0xff;
            text.append(unsigned >= 0x80 ? TCVN3_HIGH.charAt(unsigned - 0x80) : (char) unsigned);
        }
        return text.toString();
    }

    private static int score(String decoded) {
        String text = Normalizer.normalize(decoded, Normalizer.Form.NFC).toLowerCase(Locale.forLanguageTag("vi"));
        int score = 0;
        for (String word : REPORT_WORDS) {
            int from = 0;
            while ((from = text.indexOf(word, from)) >= 0) {
                score += word.length();
                from += word.length();
            }
        }
        return score;
    }

    /** The refusal of a CSV that is not UTF-8, naming the likely encoding and how to save it as CSV UTF-8. */
    static UnreadableReport notUtf8(byte[] bytes) {
        Guess guess = guess(bytes);
        String convert = switch (guess) {
            case TCVN3, VNI -> "first convert the text to Unicode (Unikey: Công cụ chuyển mã, Ctrl+Shift+F6, from "
                    + (guess == Guess.TCVN3 ? "TCVN3 (ABC)" : "VNI Windows") + " to Unicode), then ";
            default -> "";
        };
        String convertVi = switch (guess) {
            case TCVN3, VNI -> "trước hết chuyển chữ sang Unicode (Unikey: Công cụ chuyển mã, Ctrl+Shift+F6, từ "
                    + (guess == Guess.TCVN3 ? "TCVN3 (ABC)" : "VNI Windows") + " sang Unicode), sau đó ";
            default -> "";
        };
        return new UnreadableReport("the CSV file is not UTF-8 text; it is most likely " + guess.english + ". Save it as 'CSV UTF-8': "
                + convert + "in Excel, File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'; in LibreOffice Calc, File > Save As > "
                + "'Text CSV (.csv)' with 'Edit filter settings' ticked, and choose 'Unicode (UTF-8)' as the character set",
                "Tệp CSV không được mã hóa UTF-8, nhiều khả năng là bảng mã " + guess.vietnamese + ". Hãy lưu lại dạng “CSV UTF-8”: "
                        + convertVi + "trong Excel chọn Tệp > Lưu thành > “CSV UTF-8 (Comma delimited) (*.csv)”; trong LibreOffice Calc chọn "
                        + "Tệp > Lưu thành > “Văn bản CSV (.csv)”, đánh dấu “Sửa thiết lập bộ lọc” rồi chọn bộ ký tự “Unicode (UTF-8)”.");
    }
}
