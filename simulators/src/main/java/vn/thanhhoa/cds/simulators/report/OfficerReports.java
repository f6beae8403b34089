package vn.thanhhoa.cds.simulators.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Power company reports as officers really produce them, each with what a correct reader must make
 * of it, typed by hand here (never computed by the reader under test): misaligned columns in several
 * ways, counts written with a comma, a column mixing number conventions, "-" and empty cells, a
 * commune twice, a ten-fold jump from the month before, a numerator over its denominator, a
 * correction, a workbook with a fractional count typed as a number, and files in Windows-1258 and
 * TCVN3. The connector tests and the upload test read the same files.
 *
 * <p>Every file has its own reporter ("Đơn vị báo cáo: Điện lực Case NN"), so that cases do not meet
 * each other: only the files of one case share a reporter (the month before, the correction). Rows are
 * numbered as a spreadsheet shows them: title (1), period (2), header (3), data from 4.
 */
public final class OfficerReports {

    /** The communes the reports name; every code is a unit after 2025-07-01. */
    public static final Map<String, String> COMMUNES = Map.of("15763", "Xã Thọ Phú", "15889", "Xã Hoằng Phú", "15442", "Xã Yên Ninh",
            "15421", "Xã Yên Trường");
    public static final String HOUSEHOLDS = "power.customers.household";
    public static final String CASHLESS = "power.customers.household.cashless";
    /** A share column no shipped template has, read through {@link #SHARE_TEMPLATE}: its measure is not a count. */
    public static final String SHARE = "power.customers.household.cashless_share";
    /** Column labels as the reader names them (lower case). */
    public static final String HOUSEHOLDS_COLUMN = "hộ gia đình sử dụng điện";
    public static final String CASHLESS_COLUMN = "hộ gia đình thanh toán tiền điện không dùng tiền mặt";
    public static final String SHARE_COLUMN = "tỷ lệ hộ thanh toán không dùng tiền mặt (%)";
    /** A power template with a percentage column, for {@code columns.file}. */
    public static final String SHARE_TEMPLATE = "header,measure\nHộ gia đình sử dụng điện," + HOUSEHOLDS
            + "\nHộ gia đình thanh toán tiền điện không dùng tiền mặt," + CASHLESS + "\nTỷ lệ hộ thanh toán không dùng tiền mặt (%)," + SHARE + "\n";

    private static final String HEADER = "STT;Mã xã;Tên xã, phường;Hộ gia đình sử dụng điện;Hộ gia đình thanh toán tiền điện không dùng tiền mặt";
    private static final String SHARE_HEADER = HEADER + ";Tỷ lệ hộ thanh toán không dùng tiền mặt (%)";

    /**
     * Bytes of a one-row report as {@code iconv -f utf-8 -t CP1258} writes it (Excel's "CSV (Comma
     * delimited)" on a Vietnamese Windows: letters with their hats precomposed, tones as combining marks).
     */
    private static final String WINDOWS_1258_HEX = "d0f56e207669f22062e16f2063e16f3a20d069eaf26e206cfdf26320436173652031330d0a42e16f2063e16f207468e16e67"
            + "20332f323032360d0a5354543b4d61de207861de3b54ea6e207861de2c207068fdf5cc6e673b48f4f22067696120f069cc6e682073fdd2206475f26e6720f069eaf2"
            + "6e3b48f4f22067696120f069cc6e68207468616e6820746fe16e207469eacc6e20f069eaf26e206b68f46e672064f96e67207469eacc6e206de3f2740d0a313b3135"
            + "3736333b5861de2054686ff2205068fa3b342e3230303b332e3130300d0a";
    /** The same report (reporter "Case 14") as {@code iconv -f utf-8 -t TCVN5712-1} writes it: TCVN3/ABC, the .VnTime fonts' code. */
    private static final String TCVN3_HEX = "a7ac6e2076de2062b86f2063b86f3a20a769d66e206cf96320436173652031340d0a42b86f2063b86f207468b86e6720332f"
            + "323032360d0a5354543b4db72078b73b54aa6e2078b72c207068adea6e673b48e92067696120aed76e682073f62064f46e6720ae69d66e3b48e92067696120aed7"
            + "6e68207468616e6820746fb86e207469d26e20ae69d66e206b68ab6e672064ef6e67207469d26e206dc6740d0a313b31353736333b58b7205468e4205068f33b34"
            + "2e3230303b332e3130300d0a";

    /** One value a correct reader hands on: a number, or a missing value (null) with what the cell held. */
    public record Value(String file, int row, String commune, String measure, Double value, String missing, String replaces) {
    }

    /** A cell dead-lettered alone, with a fragment of its reason. */
    public record RejectedCell(String file, int row, String column, String reason) {
    }

    /** A file refused whole, with fragments of its reason (English, each must appear) and of its Vietnamese sentence. */
    public record Refused(String file, List<String> reasons, String vietnamese) {
    }

    /** A plausibility finding: the value still flows. */
    public record Finding(String file, int row, String kind, String commune, String measure, Double value, Double otherValue) {
    }

    /**
     * One report (or a few that belong together) and what must come of it.
     *
     * @param shareTemplate whether it is read with {@link #SHARE_TEMPLATE} instead of the shipped power template
     */
    public record Case(String name, List<String> files, boolean shareTemplate, List<Value> values, List<RejectedCell> rejected,
                       List<Refused> refused, List<Finding> findings) {

        public Case {
            files = List.copyOf(files);
            values = List.copyOf(values);
            rejected = List.copyOf(rejected);
            refused = List.copyOf(refused);
            findings = List.copyOf(findings);
        }

        Case value(String file, int row, String commune, String measure, double value) {
            return withValue(new Value(file, row, commune, measure, value, null, null));
        }

        Case missing(String file, int row, String commune, String measure, String cell) {
            return withValue(new Value(file, row, commune, measure, null, cell, null));
        }

        Case correction(String file, int row, String commune, String measure, double value, String replaces) {
            return withValue(new Value(file, row, commune, measure, value, null, replaces));
        }

        private Case withValue(Value value) {
            return new Case(name, files, shareTemplate, plus(values, value), rejected, refused, findings);
        }

        Case rejected(String file, int row, String column, String reason) {
            return new Case(name, files, shareTemplate, values, plus(rejected, new RejectedCell(file, row, column, reason)), refused, findings);
        }

        Case refused(String reason, String detail, String vietnamese) {
            return new Case(name, files, shareTemplate, values, rejected, plus(refused, new Refused(files.getFirst(), List.of(reason, detail), vietnamese)), findings);
        }

        Case finding(String file, int row, String kind, String commune, String measure, Double value, Double otherValue) {
            return new Case(name, files, shareTemplate, values, rejected, refused, plus(findings, new Finding(file, row, kind, commune, measure, value, otherValue)));
        }

        Case share() {
            return new Case(name, files, true, values, rejected, refused, findings);
        }

        /** This case and the files of {@code other} that belong to it (the month after, a correction). */
        Case and(Case other) {
            List<String> allFiles = new ArrayList<>(files);
            allFiles.addAll(other.files());
            List<Value> allValues = new ArrayList<>(values);
            allValues.addAll(other.values());
            return new Case(name, allFiles, shareTemplate, allValues, rejected, refused, findings);
        }

        private static <T> List<T> plus(List<T> list, T item) {
            List<T> copy = new ArrayList<>(list);
            copy.add(item);
            return copy;
        }
    }

    private OfficerReports() {
    }

    /**
     * Writes every case: those read with the shipped power template into {@code folder}, those read
     * with {@link #SHARE_TEMPLATE} into {@code shareFolder}. Returns the cases in file-name order.
     */
    public static List<Case> write(Path folder, Path shareFolder) {
        List<Case> cases = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            Files.createDirectories(shareFolder);
            cases.add(csv(folder, "01-lech-cot-dau-phay.csv", "Case 01",
                    "STT,Mã xã,Tên xã,Hộ gia đình sử dụng điện,Hộ gia đình thanh toán tiền điện không dùng tiền mặt",
                    "1,15763,Xã Thọ Phú,4200,3100", "2,15889,Xã Hoằng Phú, huyện Hoằng Hóa,3900,2800")
                    .refused("row 5 has 6 cells but the header (row 3) has 5", "unquoted comma inside \u201cXã Hoằng Phú, huyện Hoằng Hóa\u201d", "Dòng 5 có 6 ô"));
            cases.add(csv(folder, "02-lech-cot-tieu-de.csv", "Case 02",
                    "STT,Mã xã,Tên xã, phường,Hộ gia đình sử dụng điện,Hộ gia đình thanh toán tiền điện không dùng tiền mặt",
                    "1,15763,\"Xã Thọ Phú\",4200,3100")
                    .refused("row 4 has 5 cells but the header (row 3) has 6", "unquoted comma inside the header \u201cTên xã, phường\u201d", "Dòng 4 có 5 ô"));
            cases.add(csv(folder, "03-lech-cot-thua-dau.csv", "Case 03", HEADER,
                    "1;15763;Xã Thọ Phú;;4.200;3.100", "2;15889;Xã Hoằng Phú;3.900;2.800")
                    .refused("row 4 has 6 cells but the header (row 3) has 5", "a stray separator", "thừa một dấu phân cách"));
            cases.add(csv(folder, "04-lech-cot-thieu-o.csv", "Case 04", HEADER,
                    "1;15763;Xã Thọ Phú;4.200", "2;15889;Xã Hoằng Phú;3.900;2.800")
                    .refused("row 4 has 4 cells but the header (row 3) has 5", "a missing cell", "thiếu một ô"));
            String counts = "05-dem-co-dau-phay.csv";
            cases.add(csv(folder, counts, "Case 05", HEADER,
                    "1;15763;Xã Thọ Phú;1,201;900", "2;15889;Xã Hoằng Phú;1.201;1.5", "3;15442;Xã Yên Ninh;2.340;1.890")
                    .value(counts, 4, "15763", CASHLESS, 900.0)
                    .value(counts, 5, "15889", HOUSEHOLDS, 1201.0)
                    .value(counts, 6, "15442", HOUSEHOLDS, 2340.0)
                    .value(counts, 6, "15442", CASHLESS, 1890.0)
                    .rejected(counts, 4, HOUSEHOLDS_COLUMN, "'1,201' in column '" + HOUSEHOLDS_COLUMN + "' cannot be 1.201 households; "
                            + "if you meant one thousand two hundred and one, write 1.201 or 1201")
                    .rejected(counts, 5, CASHLESS_COLUMN, "'1.5' in column '" + CASHLESS_COLUMN + "' cannot be 1.5 households: a count of households is a whole number"));
            cases.add(csv(shareFolder, "06-quy-uoc-lan-lon.csv", "Case 06", SHARE_HEADER,
                    "1;15763;Xã Thọ Phú;4.200;3.100;73,8", "2;15889;Xã Hoằng Phú;3.900;2.800;71.79")
                    .share()
                    .refused("column '" + SHARE_COLUMN + "' mixes number conventions: '73,8' (row 4)", "'71.79' (row 5)", "Cột “" + SHARE_COLUMN + "”"));
            String vietnameseShare = "06b-quy-uoc-viet-nam.csv";
            cases.add(csv(shareFolder, vietnameseShare, "Case 06b", SHARE_HEADER,
                    "1;15763;Xã Thọ Phú;4.200;3.100;73,8", "2;15889;Xã Hoằng Phú;3.900;2.800;71,79", "3;15442;Xã Yên Ninh;2.000;1.500;75")
                    .share()
                    .value(vietnameseShare, 4, "15763", HOUSEHOLDS, 4200.0).value(vietnameseShare, 4, "15763", CASHLESS, 3100.0)
                    .value(vietnameseShare, 4, "15763", SHARE, 73.8)
                    .value(vietnameseShare, 5, "15889", HOUSEHOLDS, 3900.0).value(vietnameseShare, 5, "15889", CASHLESS, 2800.0)
                    .value(vietnameseShare, 5, "15889", SHARE, 71.79)
                    .value(vietnameseShare, 6, "15442", HOUSEHOLDS, 2000.0).value(vietnameseShare, 6, "15442", CASHLESS, 1500.0)
                    .value(vietnameseShare, 6, "15442", SHARE, 75.0));
            String englishShare = "06c-quy-uoc-bang-tinh.csv";
            cases.add(csv(shareFolder, englishShare, "Case 06c", SHARE_HEADER,
                    "1;15763;Xã Thọ Phú;4.200;3.100;73.8", "2;15889;Xã Hoằng Phú;3.900;2.800;71.79")
                    .share()
                    .value(englishShare, 4, "15763", HOUSEHOLDS, 4200.0).value(englishShare, 4, "15763", CASHLESS, 3100.0)
                    .value(englishShare, 4, "15763", SHARE, 73.8)
                    .value(englishShare, 5, "15889", HOUSEHOLDS, 3900.0).value(englishShare, 5, "15889", CASHLESS, 2800.0)
                    .value(englishShare, 5, "15889", SHARE, 71.79));
            String gaps = "07-o-trong-va-gach.csv";
            cases.add(csv(folder, gaps, "Case 07", HEADER,
                    "1;15763;Xã Thọ Phú;4.200;-", "2;15889;Xã Hoằng Phú;;3.100", "3;15442;Xã Yên Ninh;x;không có", "4;15421;Xã Yên Trường;chưa báo cáo;2.000")
                    .value(gaps, 4, "15763", HOUSEHOLDS, 4200.0).missing(gaps, 4, "15763", CASHLESS, "-")
                    .missing(gaps, 5, "15889", HOUSEHOLDS, "").value(gaps, 5, "15889", CASHLESS, 3100.0)
                    .missing(gaps, 6, "15442", HOUSEHOLDS, "x").missing(gaps, 6, "15442", CASHLESS, "không có")
                    .value(gaps, 7, "15421", CASHLESS, 2000.0)
                    .rejected(gaps, 7, HOUSEHOLDS_COLUMN, "'chưa báo cáo' in column '" + HOUSEHOLDS_COLUMN + "' is not a number (a missing value is left empty or written '-')"));
            String twice = "08-xa-hai-lan.csv";
            cases.add(csv(folder, twice, "Case 08", HEADER,
                    "1;15763;Xã Thọ Phú;4.200;3.100", "2;15889;Xã Hoằng Phú;3.900;2.800", "3;15763;Xã Thọ Phú;4.250;3.150")
                    .value(twice, 4, "15763", HOUSEHOLDS, 4200.0).value(twice, 4, "15763", CASHLESS, 3100.0)
                    .value(twice, 5, "15889", HOUSEHOLDS, 3900.0).value(twice, 5, "15889", CASHLESS, 2800.0)
                    .value(twice, 6, "15763", HOUSEHOLDS, 4250.0).value(twice, 6, "15763", CASHLESS, 3150.0)
                    .finding(twice, 6, "COMMUNE_TWICE", "15763", null, null, null));
            String february = "09a-tang-giam-2026-02.csv";
            String march = "09b-tang-giam-2026-03.csv";
            Case jump = csvFor(folder, february, "Case 09", "Báo cáo tháng 2/2026", HEADER,
                    "1;15763;Xã Thọ Phú;3.000;2.000", "2;15889;Xã Hoằng Phú;3.900;2.800")
                    .value(february, 4, "15763", HOUSEHOLDS, 3000.0).value(february, 4, "15763", CASHLESS, 2000.0)
                    .value(february, 5, "15889", HOUSEHOLDS, 3900.0).value(february, 5, "15889", CASHLESS, 2800.0);
            Case jumpMarch = csv(folder, march, "Case 09", HEADER,
                    "1;15763;Xã Thọ Phú;30.500;150", "2;15889;Xã Hoằng Phú;4.000;2.900");
            cases.add(jump.and(jumpMarch)
                    .value(march, 4, "15763", HOUSEHOLDS, 30500.0).value(march, 4, "15763", CASHLESS, 150.0)
                    .value(march, 5, "15889", HOUSEHOLDS, 4000.0).value(march, 5, "15889", CASHLESS, 2900.0)
                    .finding(march, 4, "TEN_FOLD_CHANGE", "15763", HOUSEHOLDS, 30500.0, 3000.0)
                    .finding(march, 4, "TEN_FOLD_CHANGE", "15763", CASHLESS, 150.0, 2000.0));
            String over = "10-tu-lon-hon-mau.csv";
            cases.add(csv(folder, over, "Case 10", HEADER,
                    "1;15763;Xã Thọ Phú;2.000;2.500", "2;15889;Xã Hoằng Phú;3.900;2.800")
                    .value(over, 4, "15763", HOUSEHOLDS, 2000.0).value(over, 4, "15763", CASHLESS, 2500.0)
                    .value(over, 5, "15889", HOUSEHOLDS, 3900.0).value(over, 5, "15889", CASHLESS, 2800.0)
                    .finding(over, 4, "PART_OVER_WHOLE", "15763", CASHLESS, 2500.0, 2000.0));
            String original = "11a-ban-dau.csv";
            String correction = "11b-dieu-chinh.csv";
            Case first = csv(folder, original, "Case 11", HEADER, "1;15763;Xã Thọ Phú;4.200;3.100", "2;15889;Xã Hoằng Phú;3.900;2.800")
                    .value(original, 4, "15763", HOUSEHOLDS, 4200.0).value(original, 4, "15763", CASHLESS, 3100.0)
                    .value(original, 5, "15889", HOUSEHOLDS, 3900.0).value(original, 5, "15889", CASHLESS, 2800.0);
            Case corrected = csv(folder, correction, "Case 11", HEADER, "1;15763;Xã Thọ Phú;4.250;3.150");
            cases.add(first.and(corrected)
                    .correction(correction, 4, "15763", HOUSEHOLDS, 4250.0, original)
                    .correction(correction, 4, "15763", CASHLESS, 3150.0, original));
            String windows = "12-windows-1258.csv";
            Files.write(folder.resolve(windows), HexFormat.of().parseHex(WINDOWS_1258_HEX));
            cases.add(new Case("12", List.of(windows), false, List.of(), List.of(),
                    List.of(new Refused(windows, List.of("it is most likely Windows-1258. Save it as 'CSV UTF-8'", "LibreOffice"), "nhiều khả năng là bảng mã Windows-1258")), List.of()));
            String tcvn3 = "13-tcvn3.csv";
            Files.write(folder.resolve(tcvn3), HexFormat.of().parseHex(TCVN3_HEX));
            cases.add(new Case("13", List.of(tcvn3), false, List.of(), List.of(),
                    List.of(new Refused(tcvn3, List.of("it is most likely TCVN3 (ABC", "Unikey"), "nhiều khả năng là bảng mã TCVN3 (ABC")), List.of()));
            cases.add(typedNumbers(folder, "14-so-trong-o.xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** A workbook: numbers typed as numbers (a fractional count among them) and a count typed as Vietnamese text. */
    private static Case typedNumbers(Path folder, String name) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(folder.resolve(name))) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            sheet.createRow(0).createCell(0).setCellValue("Đơn vị báo cáo: Điện lực Case 15");
            sheet.createRow(1).createCell(0).setCellValue("Báo cáo tháng 3/2026");
            Row header = sheet.createRow(2);
            String[] labels = HEADER.split(";");
            for (int c = 0; c < labels.length; c++) {
                header.createCell(c).setCellValue(labels[c]);
            }
            Row first = sheet.createRow(3);
            first.createCell(0).setCellValue(1);
            first.createCell(1).setCellValue("15763");
            first.createCell(2).setCellValue("Xã Thọ Phú");
            first.createCell(3).setCellValue(4200);
            first.createCell(4).setCellValue(3100);
            Row second = sheet.createRow(4);
            second.createCell(0).setCellValue(2);
            second.createCell(1).setCellValue(15889);
            second.createCell(2).setCellValue("Xã Hoằng Phú");
            second.createCell(3).setCellValue(1.201);
            second.createCell(4).setCellValue("1.201");
            workbook.write(out);
        }
        return new Case("14", List.of(name), false, List.of(), List.of(), List.of(), List.of())
                .value(name, 4, "15763", HOUSEHOLDS, 4200.0).value(name, 4, "15763", CASHLESS, 3100.0)
                .value(name, 5, "15889", CASHLESS, 1201.0)
                .rejected(name, 5, HOUSEHOLDS_COLUMN, "1.201 in column '" + HOUSEHOLDS_COLUMN + "' cannot be 1.201 households: a count of households is a whole number");
    }

    private static Case csv(Path folder, String name, String reporter, String header, String... rows) throws IOException {
        return csvFor(folder, name, reporter, "Báo cáo tháng 3/2026", header, rows);
    }

    private static Case csvFor(Path folder, String name, String reporter, String period, String header, String... rows) throws IOException {
        StringBuilder text = new StringBuilder("\uFEFFĐơn vị báo cáo: Điện lực ").append(reporter).append("\r\n").append(period).append("\r\n");
        text.append(header).append("\r\n");
        for (String row : rows) {
            text.append(row).append("\r\n");
        }
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        return new Case(name.substring(0, name.indexOf('-')), List.of(name), false, List.of(), List.of(), List.of(), List.of());
    }

    /** The values every case expects, by file. */
    public static Map<String, List<Value>> valuesByFile(List<Case> cases) {
        Map<String, List<Value>> byFile = new LinkedHashMap<>();
        for (Case c : cases) {
            for (Value value : c.values()) {
                byFile.computeIfAbsent(value.file(), f -> new ArrayList<>()).add(value);
            }
        }
        return byFile;
    }
}
