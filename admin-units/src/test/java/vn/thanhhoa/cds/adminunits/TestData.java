package vn.thanhhoa.cds.adminunits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import vn.thanhhoa.cds.adminunits.file.ReferenceDataFiles;

/** The real data (loaded once: it is immutable) and the six-commune miniature under src/test/resources/mini. */
public final class TestData {

    public static final ReferenceData REAL = ReferenceData.load();

    public static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);
    public static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);

    /**
     * Old: 14755 Hàm Rồng, 14758 Đông Thọ, 14797 Đông Hải (district 380), 15349 TT Vĩnh Lộc (393),
     * 15742 Thọ Dân, 15763 Thọ Thế (397). New: 14758 Hàm Rồng, 14797 Hạc Thành, 15349 Vĩnh Lộc, 15763 Thọ Phú.
     * Đông Thọ is split 3:1 between Hàm Rồng and Hạc Thành.
     */
    public static final ReferenceDataFiles MINI = new ReferenceDataFiles(
            List.of("mini/province.csv", "mini/districts.csv", "mini/communes-before.csv", "mini/communes-from.csv"),
            "mini/conversion.csv", REFORM_DAY, "mini/split-weights.csv", "mini/agency-codes.csv",
            List.of("mini/statistics-2024.csv", "mini/statistics-2025.csv"), "mini/seed-figures.csv");

    private TestData() {
    }

    /** 1-based line of the first line of a resource starting with {@code prefix}, read without the code under test. */
    public static int lineOf(String resource, String prefix) {
        List<String> lines = text(resource).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError(prefix + " not in " + resource);
    }

    public static String text(String resource) {
        try (InputStream in = TestData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
