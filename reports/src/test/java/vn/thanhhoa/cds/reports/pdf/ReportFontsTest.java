package vn.thanhhoa.cds.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The fonts the build ships carry every Vietnamese letter, in Java2D (charts) and in OpenPDF (text). */
class ReportFontsTest {

    /** The 12 vowels with no tone and each of the 5 tones, upper and lower case, and Đ đ: 146 letters, each one precomposed character. */
    static String vietnameseLetters() {
        StringBuilder letters = new StringBuilder("đĐ");
        for (char vowel : "aăâeêioôơuưy".toCharArray()) {
            for (String tone : new String[] {"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}) {
                String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                assertThat(letter).as("NFC of %s%s", vowel, tone).hasSize(1);
                letters.append(letter).append(letter.toUpperCase(java.util.Locale.ROOT));
            }
        }
        return letters.toString();
    }

    @Test
    void everyFaceHasEveryVietnameseLetter() {
        String letters = vietnameseLetters();
        assertThat(letters).hasSize(146).contains("ặ", "Ữ", "ỹ", "Ợ");
        ReportFonts fonts = ReportFonts.load();
        for (ReportFonts.Face face : ReportFonts.Face.values()) {
            assertThat(fonts.awt(face).canDisplayUpTo(letters)).as("Java2D %s", face).isEqualTo(-1);
            for (char letter : letters.toCharArray()) {
                assertThat(fonts.pdf(face).charExists(letter)).as("OpenPDF %s has %s", face, letter).isTrue();
            }
            assertThat(fonts.bytes(face)).as("%s is a TrueType file", face).startsWith(0, 1, 0, 0);
        }
    }
}
