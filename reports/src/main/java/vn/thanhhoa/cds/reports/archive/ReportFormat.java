package vn.thanhhoa.cds.reports.archive;

import java.util.Arrays;
import java.util.Locale;

/** The forms a monthly report is written in. */
public enum ReportFormat {
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static ReportFormat parse(String text) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(text.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The report format '" + text + "' is not pdf or xlsx."));
    }
}
