package vn.thanhhoa.cds.adminunits.conversion;

import java.util.Optional;

/** The kind of change the official conversion table gives for one old-unit → new-unit edge. */
public enum ChangeKind {
    /** "Nhập toàn bộ": the whole old unit went into the new one. */
    MERGED_WHOLE,
    /** "Nhập một phần" (also "Nhập một phần diện tích"): the old unit was split; this part went here. */
    MERGED_PART,
    /** "Giữ nguyên": unchanged. */
    UNCHANGED,
    /** "Đổi loại hình": same territory, new type (a thị trấn became a xã). */
    TYPE_CHANGED;

    public static Optional<ChangeKind> fromLabel(String label) {
        return switch (label) {
            case "Nhập toàn bộ" -> Optional.of(MERGED_WHOLE);
            case "Nhập một phần", "Nhập một phần diện tích" -> Optional.of(MERGED_PART);
            case "Giữ nguyên" -> Optional.of(UNCHANGED);
            case "Đổi loại hình" -> Optional.of(TYPE_CHANGED);
            default -> Optional.empty();
        };
    }
}
