package vn.thanhhoa.cds.connectors.agency;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;


/**
 * Commune-level unit codes with their validity, for sources that name the commune directly (the
 * health system's MAXA_CU_TRU, report rows, declarations). A code is only meaningful with a date:
 * new units reuse old codes. File: {@code commune_code,valid_from,valid_to}.
 */
public final class CommuneCodes {

    private final Map<String, List<DatedCodeFile.DatedRow>> codes;

    private CommuneCodes(Map<String, List<DatedCodeFile.DatedRow>> codes) {
        this.codes = codes;
    }

    public boolean isValid(String code, LocalDate date) {
        return codes.getOrDefault(code, List.of()).stream().anyMatch(row -> row.covers(date));
    }

    /**
     * Why a code is not a commune on a date, in words an officer can act on: reporters often still
     * key customers by the commune of before the 2025 reform.
     */
    public String whyNotValid(String code, LocalDate date) {
        List<DatedCodeFile.DatedRow> rows = codes.getOrDefault(code, List.of());
        return rows.stream()
                .filter(row -> row.to() != null && row.to().isBefore(date))
                .map(DatedCodeFile.DatedRow::to)
                .max(LocalDate::compareTo)
                .map(until -> "commune code " + code + " was a commune only until " + until + " (merged in the reorganisation): report it under the commune that replaced it")
                .orElse("commune code " + code + " is not a commune of the province");
    }

    public static CommuneCodes read(Path file, String setting) {
        return new CommuneCodes(DatedCodeFile.read(file, setting, "commune_code,valid_from,valid_to"));
    }
}
