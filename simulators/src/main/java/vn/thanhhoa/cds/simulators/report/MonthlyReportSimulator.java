package vn.thanhhoa.cds.simulators.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the monthly reports of banks (XLSX: title rows, a two-level header over merged cells,
 * some numbers typed as Vietnamese text "1.234") and telecom operators (CSV UTF-8 with BOM,
 * semicolons, Vietnamese thousands separators), one row per commune, deterministic from a seed.
 * Faults: a row with a commune code of no unit, a value that is not a number, a totals row (to be
 * skipped, not rejected), a 0-byte XLSX and a CSV that names no period (to be quarantined).
 */
public final class MonthlyReportSimulator {

    public static final String BANK_PEOPLE = "bank.account.people_15plus";
    public static final String BANK_TRANSACTIONS = "bank.cashless.transactions";
    public static final String BANK_VALUE = "bank.cashless.value_million_vnd";
    public static final String TELECOM_SMARTPHONES = "telecom.smartphone.subscribers";
    public static final String TELECOM_SECURITY_APP = "telecom.smartphone.security_app";
    public static final String TELECOM_FIBRE = "telecom.fibre.households";

    private final long seed;
    private final Map<String, String> communeNames;
    private final YearMonth firstMonth;
    private final int months;

    /** @param communeNames commune code → name, in the order the rows are written */
    public MonthlyReportSimulator(long seed, Map<String, String> communeNames, YearMonth firstMonth, int months) {
        this.seed = seed;
        this.communeNames = communeNames;
        this.firstMonth = firstMonth;
        this.months = months;
    }

    public ReportFeed writeTo(Path bankFolder, Path telecomFolder) {
        Random random = new Random(seed);
        Map<String, Double> accepted = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        int rejected = 0;
        try {
            Files.createDirectories(bankFolder);
            Files.createDirectories(telecomFolder);
            for (int m = 0; m < months; m++) {
                YearMonth month = firstMonth.plusMonths(m);
                Path bank = bankFolder.resolve("bao-cao-ngan-hang-" + month + ".xlsx");
                rejected += writeBank(bank, month, random, accepted);
                files.add(bank);
                Path telecom = telecomFolder.resolve("bao-cao-vien-thong-" + month + ".csv");
                rejected += writeTelecom(telecom, month, random, accepted);
                files.add(telecom);
            }
            Path empty = Files.write(bankFolder.resolve("bao-cao-ngan-hang-trong.xlsx"), new byte[0]);
            Path undated = Files.writeString(telecomFolder.resolve("bao-cao-vien-thong-khong-ky.csv"),
                    "\uFEFFSTT;Mã xã;Tên xã, phường;Thuê bao điện thoại thông minh;Thuê bao di động có cài ứng dụng bảo mật cơ bản;Hộ gia đình có kết nối Internet cáp quang\n1;15763;Xã Thọ Phú;1.000;500;800\n");
            files.add(empty);
            files.add(undated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReportFeed(files, accepted, rejected, List.of("bao-cao-ngan-hang-trong.xlsx", "bao-cao-vien-thong-khong-ky.csv"));
    }

    private int writeBank(Path file, YearMonth month, Random random, Map<String, Double> accepted) throws IOException {
        int rejected = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            sheet.createRow(0).createCell(0).setCellValue("Đơn vị báo cáo: Ngân hàng Nhà nước chi nhánh Thanh Hóa");
            sheet.createRow(1).createCell(0).setCellValue("BÁO CÁO THANH TOÁN KHÔNG DÙNG TIỀN MẶT THEO XÃ, PHƯỜNG");
            sheet.createRow(2).createCell(0).setCellValue("Tháng " + month.getMonthValue() + "/" + month.getYear());
            Row top = sheet.createRow(4);
            Row sub = sheet.createRow(5);
            String[] topLabels = {"STT", "Mã xã", "Tên xã, phường", "Số người từ 15 tuổi trở lên có tài khoản thanh toán",
                    "Giao dịch không dùng tiền mặt", "Giao dịch không dùng tiền mặt"};
            for (int c = 0; c < topLabels.length; c++) {
                top.createCell(c).setCellValue(topLabels[c]);
            }
            sub.createCell(4).setCellValue("Số giao dịch");
            sub.createCell(5).setCellValue("Giá trị (triệu đồng)");
            for (int c = 0; c < 4; c++) {
                sheet.addMergedRegion(new CellRangeAddress(4, 5, c, c));
            }
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 4, 5));
            int r = 6;
            int number = 1;
            long totalPeople = 0;
            for (Map.Entry<String, String> commune : communeNames.entrySet()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(number++);
                row.createCell(1).setCellValue(commune.getKey());
                row.createCell(2).setCellValue(commune.getValue());
                long people = 2000 + random.nextInt(15000);
                long transactions = 5000 + random.nextInt(200_000);
                double value = Math.round((100 + random.nextDouble() * 9000) * 10) / 10.0;
                totalPeople += people;
                if (random.nextInt(3) == 0) {
                    row.createCell(3).setCellValue(vietnamese(people));
                } else {
                    row.createCell(3).setCellValue(people);
                }
                row.createCell(4).setCellValue(transactions);
                row.createCell(5).setCellValue(value);
                accepted.put(commune.getKey() + "|" + BANK_PEOPLE + "|" + month, (double) people);
                accepted.put(commune.getKey() + "|" + BANK_TRANSACTIONS + "|" + month, (double) transactions);
                accepted.put(commune.getKey() + "|" + BANK_VALUE + "|" + month, value);
            }
            Row unknown = sheet.createRow(r++);
            unknown.createCell(0).setCellValue(number);
            unknown.createCell(1).setCellValue("99999");
            unknown.createCell(2).setCellValue("Xã không tồn tại");
            unknown.createCell(3).setCellValue(1234);
            rejected++;
            Row total = sheet.createRow(r);
            total.createCell(2).setCellValue("Tổng cộng");
            total.createCell(3).setCellValue(totalPeople);
            workbook.write(out);
        }
        return rejected;
    }

    private int writeTelecom(Path file, YearMonth month, Random random, Map<String, Double> accepted) throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("Đơn vị báo cáo: Sở Khoa học và Công nghệ (tổng hợp từ các doanh nghiệp viễn thông)\n");
        csv.append("BÁO CÁO HẠ TẦNG VÀ THUÊ BAO THÁNG ").append(month.getMonthValue()).append(" NĂM ").append(month.getYear()).append('\n');
        csv.append('\n');
        csv.append("STT;Mã xã;Tên xã, phường;Thuê bao điện thoại thông minh;Thuê bao di động có cài ứng dụng bảo mật cơ bản;Hộ gia đình có kết nối Internet cáp quang\n");
        int number = 1;
        int rejected = 0;
        int broken = random.nextInt(communeNames.size());
        int i = 0;
        for (Map.Entry<String, String> commune : communeNames.entrySet()) {
            long smartphones = 1500 + random.nextInt(20000);
            long security = smartphones / 2 + random.nextInt((int) (smartphones / 3));
            long fibre = 500 + random.nextInt(6000);
            if (i++ == broken) {
                csv.append(number++).append(';').append(commune.getKey()).append(";\"").append(commune.getValue()).append("\";")
                        .append(vietnamese(smartphones)).append(";không có;").append(vietnamese(fibre)).append('\n');
                rejected++;
                continue;
            }
            csv.append(number++).append(';').append(commune.getKey()).append(";\"").append(commune.getValue()).append("\";")
                    .append(vietnamese(smartphones)).append(';').append(vietnamese(security)).append(';').append(vietnamese(fibre)).append('\n');
            accepted.put(commune.getKey() + "|" + TELECOM_SMARTPHONES + "|" + month, (double) smartphones);
            accepted.put(commune.getKey() + "|" + TELECOM_SECURITY_APP + "|" + month, (double) security);
            accepted.put(commune.getKey() + "|" + TELECOM_FIBRE + "|" + month, (double) fibre);
        }
        csv.append(";;\"Tổng cộng toàn tỉnh\";;;\n");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return rejected;
    }

    /** 1234567 → "1.234.567", as typed on a Vietnamese keyboard layout. */
    private static String vietnamese(long value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(value);
    }
}
