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

    public static CommuneCodes read(Path file, String setting) {
        return new CommuneCodes(DatedCodeFile.read(file, setting, "commune_code,valid_from,valid_to"));
    }
}
