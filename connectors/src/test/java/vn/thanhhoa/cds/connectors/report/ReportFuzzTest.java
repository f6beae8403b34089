package vn.thanhhoa.cds.connectors.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.report.ReportTable.UnreadableReport;
import vn.thanhhoa.cds.connectors.testbed.ReferenceFiles;
import vn.thanhhoa.cds.schemas.raw.ReportSource;

/**
 * Power reports with more than ten thousand mutated rows, each row edited once the way typing and
 * saving go wrong (a separator added or lost, a cell left out, a count grouped with ',' or given a
 * fraction, a cell emptied, marked "-" or filled with text, a number regrouped or quoted):
 * every file is read or refused with a reason in both languages, every data row of a read file gives a
 * value, a missing value or a rejection for each measure, and no value read differs from the
 * unmutated file's value in the same cell. (Two edits in one row that cancel out, a separator lost
 * and another added at the row's end, keep the cell count and are beyond what a count can see.)
 */
class ReportFuzzTest {

    private static final int ROWS = 20;
    private static final String HEADER = "STT;Mã xã;Tên xã, phường;Hộ gia đình sử dụng điện;Hộ gia đình thanh toán tiền điện không dùng tiền mặt";

    @TempDir
    Path folder;

    @Test
    void noMutatedRowIsReadAsAnotherCellsValue() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            codes.add(String.valueOf(16000 + i));
        }
        Path communes = ReferenceFiles.communeCodes(folder.resolve("communes.csv"), codes, LocalDate.of(2025, 7, 1));
        ReportMeasures measures = ReportMeasures.builtIn();
        ReportFileCheck check = new ReportFileCheck(ReportLimits.DEFAULT, ReportFileSourceConfig.shippedTemplate(ReportSource.POWER), measures);
        ReportRowMapping mapping = new ReportRowMapping(CommuneCodes.read(communes, "c"), ReportSource.POWER, measures, Clock.systemUTC());
        Random random = new Random(19);
        int mutatedRows = 0;
        int filesRead = 0;
        int filesRefused = 0;
        int valuesRead = 0;
        for (int f = 0; mutatedRows < 10_000; f++) {
            Map<String, Double> original = new HashMap<>();
            StringBuilder csv = new StringBuilder("Đơn vị báo cáo: Điện lực Thanh Hóa\nBáo cáo tháng 3/2026\n").append(HEADER).append('\n');
            // Half the files get one edit that moves cells (and must be refused), the other half only edits within cells.
            int shiftedRow = random.nextBoolean() ? random.nextInt(ROWS) : -1;
            for (int r = 0; r < ROWS; r++) {
                long households = 1000 + random.nextInt(20_000);
                long cashless = households / 2 + random.nextInt((int) (households / 2));
                int row = r + 4;
                original.put(row + "|" + OfficerReportsTestSupport.HOUSEHOLDS, (double) households);
                original.put(row + "|" + OfficerReportsTestSupport.CASHLESS, (double) cashless);
                List<String> cells = new ArrayList<>(List.of(String.valueOf(r + 1), codes.get(r), "\"Xã số " + r + "\"", grouped(households), grouped(cashless)));
                String line = String.join(";", cells);
                if (r == shiftedRow) {
                    line = shift(cells, random);
                    mutatedRows++;
                } else if (random.nextInt(3) > 0) {
                    line = mutate(cells, random);
                    mutatedRows++;
                }
                csv.append(line).append('\n');
            }
            String name = "fuzz-" + f + ".csv";
            Path file = Files.writeString(folder.resolve(name), csv, StandardCharsets.UTF_8);
            ReportFileCheck.ReadReport report;
            try {
                report = check.check(file, name);
            } catch (UnreadableReport refused) {
                assertThat(shiftedRow).as("only a file with a moved cell is refused: " + refused.getMessage() + "\n" + csv).isNotNegative();
                assertThat(refused.getMessage()).as(csv.toString()).isNotBlank();
                assertThat(refused.vietnamese()).as(csv.toString()).isNotBlank();
                filesRefused++;
                continue;
            }
            assertThat(shiftedRow).as("a file with a moved cell is refused, not read:\n" + csv).isNegative();
            filesRead++;
            List<ReportRowMapping.RowResult> rows = mapping.map(report.table(), report.layout(), report.conventions(), null);
            assertThat(rows).as(csv.toString()).hasSize(ROWS);
            for (ReportRowMapping.RowResult row : rows) {
                if (row.rowRejection() != null) {
                    continue;
                }
                assertThat(row.outputs()).as("a value, a missing value or a rejection per measure, row " + row.row() + " of\n" + csv).hasSize(2);
                for (ReportRowMapping.Measured measured : row.measures()) {
                    if (measured.value().getValue() != null) {
                        assertThat(measured.value().getValue()).as("row " + row.row() + " " + measured.value().getMeasure() + " of\n" + csv)
                                .isEqualTo(original.get(row.row() + "|" + measured.value().getMeasure()));
                        valuesRead++;
                    }
                }
            }
        }
        assertThat(mutatedRows).isGreaterThanOrEqualTo(10_000);
        assertThat(filesRead).as("files whose edits leave every cell in place are read").isGreaterThan(100);
        assertThat(filesRefused).as("files with a shifted row are refused").isGreaterThan(100);
        assertThat(valuesRead).isPositive();
    }

    /** One edit that moves cells: a separator added or lost, a cell left out. */
    private static String shift(List<String> cells, Random random) {
        switch (random.nextInt(3)) {
            case 0 -> {
                String line = String.join(";", cells);
                int at;
                do {
                    at = random.nextInt(line.length()); // not inside the quoted name, where a ';' is text, nor after the last cell
                } while (insideQuotes(line, at));
                return line.substring(0, at) + ";" + line.substring(at);
            }
            case 1 -> {
                String line = String.join(";", cells);
                List<Integer> separators = new ArrayList<>();
                for (int i = 0; i < line.length(); i++) {
                    if (line.charAt(i) == ';') {
                        separators.add(i);
                    }
                }
                int at = separators.get(random.nextInt(separators.size()));
                return line.substring(0, at) + line.substring(at + 1);
            }
            default -> {
                cells.remove(2 + random.nextInt(3)); // a cell left out together with its separator
                return String.join(";", cells);
            }
        }
    }

    private static boolean insideQuotes(String line, int at) {
        int quotes = 0;
        for (int i = 0; i < at; i++) {
            if (line.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /** One edit within a cell. */
    private static String mutate(List<String> cells, Random random) {
        int measure = 3 + random.nextInt(2);
        String number = cells.get(measure);
        switch (random.nextInt(7)) {
            case 0 -> cells.set(measure, number.replace('.', ','));
            case 1 -> cells.set(measure, List.of("", "-", "x", "không có", "–").get(random.nextInt(5)));
            case 2 -> cells.set(measure, List.of("abc", "1.2.3", "12a", "?", "n/a", "không").get(random.nextInt(6)));
            case 3 -> cells.set(measure, number + (random.nextBoolean() ? ",5" : ".5"));
            case 4 -> cells.set(measure, number.replace(".", ""));
            case 5 -> cells.set(measure, number.replace('.', ' '));
            default -> cells.set(measure, "\"" + number + "\"");
        }
        return String.join(";", cells);
    }

    private static String grouped(long value) {
        String digits = Long.toString(value);
        return digits.length() > 3 ? digits.substring(0, digits.length() - 3) + "." + digits.substring(digits.length() - 3) : digits;
    }
}
