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
 * columns the template does not ask for, some numbers typed as Vietnamese text "1.234"), telecom
 * operators (CSV UTF-8 with BOM, semicolons, Vietnamese thousands separators) and the power company
 * (CSV with commas, quoted numbers), one row per commune, deterministic from a seed. Column headers
 * are those of the connector's templates; measure names those of the catalog.
 * Faults: a row with a commune code of no unit, a cell that is not a number (rejected alone: the
 * row's other values are read), a cell marked "không có" (a missing value, recorded as such), a row
 * keyed by a commune of before the 2025 reform (customers billed at their old address), a totals row
 * (to be skipped, not rejected), a 0-byte XLSX and a CSV that names no period (to be quarantined).
 */
public final class MonthlyReportSimulator {

    public static final String BANK_ACCOUNT_HOLDERS = "bank.account_holders.age15plus";
    public static final String BANK_ACCOUNTS = "bank.accounts";
    public static final String BANK_ORGANISATIONS_CASHLESS = "bank.organisations.cashless";
    public static final String TELECOM_POPULATION_4G5G = "telecom.population.covered_4g5g";
    public static final String TELECOM_HOUSEHOLDS_COVERED = "telecom.households.covered_fibre_4g5g";
    public static final String TELECOM_FTTH = "telecom.households.ftth";
    public static final String TELECOM_GIGABIT_USERS = "telecom.users.fixed_broadband_1gbps";
    public static final String TELECOM_SMARTPHONES = "telecom.smartphone_subscribers";
    public static final String TELECOM_SECURITY_APP = "telecom.smartphone_subscribers.security_app";
    public static final String TELECOM_DIGITAL_SIGNATURE = "telecom.adults.digital_signature";
    public static final String POWER_HOUSEHOLDS = "power.customers.household";
    public static final String POWER_HOUSEHOLDS_CASHLESS = "power.customers.household.cashless";

    /** Phường Nam Ngạn, merged wholly into Phường Hàm Rồng on 2025-07-01: a code of no unit after the reform. */
    public static final String PRE_REFORM_COMMUNE = "14761";

    private static final String TELECOM_HEADER = "STT;Mã xã;Tên xã, phường;Dân số trong vùng phủ sóng 4G/5G;Hộ gia đình được phủ cáp quang và 4G/5G;"
            + "Hộ gia đình có kết nối Internet băng rộng cáp quang;Người sử dụng có khả năng truy cập băng rộng cố định trên 1 Gb/s;"
            + "Thuê bao điện thoại thông minh;Thuê bao điện thoại thông minh có phần mềm an toàn thông tin cơ bản;"
            + "Người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân";

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

    public ReportFeed writeTo(Path bankFolder, Path telecomFolder, Path powerFolder) {
        Random random = new Random(seed);
        Map<String, Double> accepted = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        Map<String, Integer> rejected = new TreeMap<>();
        try {
            Files.createDirectories(bankFolder);
            Files.createDirectories(telecomFolder);
            Files.createDirectories(powerFolder);
            for (int m = 0; m < months; m++) {
                YearMonth month = firstMonth.plusMonths(m);
                Path bank = bankFolder.resolve("bao-cao-ngan-hang-" + month + ".xlsx");
                rejected.merge("bank", writeBank(bank, month, random, accepted), Integer::sum);
                files.add(bank);
                Path telecom = telecomFolder.resolve("bao-cao-vien-thong-" + month + ".csv");
                rejected.merge("telecom", writeTelecom(telecom, month, random, accepted), Integer::sum);
                files.add(telecom);
                Path power = powerFolder.resolve("bao-cao-dien-luc-" + month + ".csv");
                rejected.merge("power", writePower(power, month, random, accepted), Integer::sum);
                files.add(power);
            }
            Path empty = Files.write(bankFolder.resolve("bao-cao-ngan-hang-trong.xlsx"), new byte[0]);
            Path undated = Files.writeString(telecomFolder.resolve("bao-cao-vien-thong-khong-ky.csv"),
                    "\uFEFF" + TELECOM_HEADER + "\n1;15763;Xã Thọ Phú;9.000;2.000;1.800;300;5.000;2.500;1.200\n");
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
            sheet.createRow(1).createCell(0).setCellValue("BÁO CÁO TÀI KHOẢN VÀ THANH TOÁN KHÔNG DÙNG TIỀN MẶT THEO XÃ, PHƯỜNG");
            sheet.createRow(2).createCell(0).setCellValue("Tháng " + month.getMonthValue() + "/" + month.getYear());
            Row top = sheet.createRow(4);
            Row sub = sheet.createRow(5);
            String[] topLabels = {"STT", "Mã xã", "Tên xã, phường", "Tài khoản thanh toán", "Tài khoản thanh toán",
                    "Doanh nghiệp, tổ chức sử dụng thanh toán không dùng tiền mặt", "Giao dịch không dùng tiền mặt", "Giao dịch không dùng tiền mặt"};
            for (int c = 0; c < topLabels.length; c++) {
                top.createCell(c).setCellValue(topLabels[c]);
            }
            sub.createCell(3).setCellValue("Số người từ 15 tuổi trở lên có tài khoản");
            sub.createCell(4).setCellValue("Số tài khoản");
            sub.createCell(6).setCellValue("Số giao dịch");
            sub.createCell(7).setCellValue("Giá trị (triệu đồng)");
            for (int c : new int[] {0, 1, 2, 5}) {
                sheet.addMergedRegion(new CellRangeAddress(4, 5, c, c));
            }
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 3, 4));
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 6, 7));
            int r = 6;
            int number = 1;
            long totalPeople = 0;
            for (Map.Entry<String, String> commune : communeNames.entrySet()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(number++);
                row.createCell(1).setCellValue(commune.getKey());
                row.createCell(2).setCellValue(commune.getValue());
                long people = 2000 + random.nextInt(15000);
                long accounts = people + random.nextInt((int) people * 2);
                long organisations = 5 + random.nextInt(300);
                totalPeople += people;
                if (random.nextInt(3) == 0) {
                    row.createCell(3).setCellValue(vietnamese(people));
                } else {
                    row.createCell(3).setCellValue(people);
                }
                row.createCell(4).setCellValue(accounts);
                row.createCell(5).setCellValue(organisations);
                row.createCell(6).setCellValue(5000 + random.nextInt(200_000));
                row.createCell(7).setCellValue(Math.round((100 + random.nextDouble() * 9000) * 10) / 10.0);
                accepted.put(commune.getKey() + "|" + BANK_ACCOUNT_HOLDERS + "|" + month, (double) people);
                accepted.put(commune.getKey() + "|" + BANK_ACCOUNTS + "|" + month, (double) accounts);
                accepted.put(commune.getKey() + "|" + BANK_ORGANISATIONS_CASHLESS + "|" + month, (double) organisations);
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
        csv.append(TELECOM_HEADER).append('\n');
        String[] measures = {TELECOM_POPULATION_4G5G, TELECOM_HOUSEHOLDS_COVERED, TELECOM_FTTH, TELECOM_GIGABIT_USERS,
                TELECOM_SMARTPHONES, TELECOM_SECURITY_APP, TELECOM_DIGITAL_SIGNATURE};
        int number = 1;
        int rejected = 0;
        int broken = random.nextInt(communeNames.size());
        int i = 0;
        for (Map.Entry<String, String> commune : communeNames.entrySet()) {
            long population = 5000 + random.nextInt(30000);
            long covered = population * 9 / 10 - random.nextInt(500);
            long households = population / 4;
            long householdsCovered = households * 8 / 10 + random.nextInt((int) (households / 10));
            long ftth = householdsCovered / 2 + random.nextInt((int) (householdsCovered / 3));
            long gigabit = random.nextInt(200);
            long smartphones = population * 6 / 10 + random.nextInt(2000);
            long security = smartphones / 2 + random.nextInt((int) (smartphones / 3));
            long signatures = population / 5 + random.nextInt(1000);
            long[] values = {covered, householdsCovered, ftth, gigabit, smartphones, security, signatures};
            csv.append(number++).append(';').append(commune.getKey()).append(";\"").append(commune.getValue()).append('"');
            boolean faulty = i++ == broken;
            for (int v = 0; v < values.length; v++) {
                csv.append(';').append(faulty && v == 5 ? "không có" : faulty && v == 3 ? "chưa báo cáo" : vietnamese(values[v]));
            }
            csv.append('\n');
            for (int v = 0; v < values.length; v++) {
                if (faulty && v == 3) {
                    rejected++; // not a number: that cell alone is rejected
                } else {
                    // "không có" is a missing value: a record without a number, never 0
                    accepted.put(commune.getKey() + "|" + measures[v] + "|" + month, faulty && v == 5 ? null : (double) values[v]);
                }
            }
        }
        csv.append(";;\"Tổng cộng toàn tỉnh\";;;;;;;\n");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return rejected;
    }

    private int writePower(Path file, YearMonth month, Random random, Map<String, Double> accepted) throws IOException {
        StringBuilder csv = new StringBuilder();
        csv.append("Tên đơn vị: Công ty Điện lực Thanh Hóa\n");
        csv.append("\"Báo cáo thanh toán tiền điện không dùng tiền mặt, tháng ").append(month.getMonthValue()).append('/').append(month.getYear()).append("\"\n");
        csv.append("STT,Mã xã,\"Tên xã, phường\",Hộ gia đình sử dụng điện,Hộ gia đình thanh toán tiền điện không dùng tiền mặt\n");
        csv.append("(1),(2),(3),(4),(5)\n");
        int number = 1;
        for (Map.Entry<String, String> commune : communeNames.entrySet()) {
            long households = 1500 + random.nextInt(9000);
            long cashless = households * 6 / 10 + random.nextInt((int) (households * 4 / 10));
            csv.append(number++).append(',').append(commune.getKey()).append(",\"").append(commune.getValue()).append("\",\"")
                    .append(vietnamese(households)).append("\",\"").append(vietnamese(cashless)).append("\"\n");
            accepted.put(commune.getKey() + "|" + POWER_HOUSEHOLDS + "|" + month, (double) households);
            accepted.put(commune.getKey() + "|" + POWER_HOUSEHOLDS_CASHLESS + "|" + month, (double) cashless);
        }
        csv.append(number).append(',').append(PRE_REFORM_COMMUNE).append(",\"Phường Nam Ngạn (cũ)\",812,640\n");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return 1;
    }

    /** 1234567 → "1.234.567", as typed on a Vietnamese keyboard layout. */
    private static String vietnamese(long value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(value);
    }
}
