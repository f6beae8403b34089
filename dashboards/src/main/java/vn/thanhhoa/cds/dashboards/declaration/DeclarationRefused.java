package vn.thanhhoa.cds.dashboards.declaration;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A declaration the dashboard will not take. The message is one Vietnamese sentence for the officer
 * at the form, so every refusal's wording lives here.
 */
public final class DeclarationRefused extends Exception {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private DeclarationRefused(String message) {
        super(message, null, false, false);
    }

    static DeclarationRefused of(String message) {
        return new DeclarationRefused(message);
    }

    static DeclarationRefused noCommune() {
        return of("Chưa chọn xã, phường để khai báo.");
    }

    static DeclarationRefused unknownCommune(String code) {
        return of("Mã xã “" + code + "” không phải một xã, phường hiện nay của tỉnh.");
    }

    static DeclarationRefused unknownSet(String set) {
        return of("Bộ chỉ tiêu “" + set + "” không có trong danh mục (2023-2025 hoặc 2026).");
    }

    static DeclarationRefused yearOutside(int year, String set) {
        return of("Năm " + year + " không thuộc bộ chỉ tiêu " + set + ".");
    }

    static DeclarationRefused notDeclarable(String code, String set) {
        return of("Chỉ tiêu “" + code + "” của bộ " + set + " không do xã tự khai báo (không có trong danh mục hoặc được tính từ dữ liệu hệ thống, báo cáo).");
    }

    static DeclarationRefused missing(String what) {
        return of("Chưa nhập " + what + ".");
    }

    static DeclarationRefused notANumber(String what, String given) {
        return of(what + " “" + given + "” không phải là một số.");
    }

    static DeclarationRefused negative(String what) {
        return of(what + " không được là số âm.");
    }

    static DeclarationRefused wholeNotPositive() {
        return of("Tổng số (mẫu số) phải lớn hơn 0.");
    }

    static DeclarationRefused partLargerThanWhole() {
        return of("Số đạt (tử số) không được lớn hơn tổng số (mẫu số).");
    }

    static DeclarationRefused badMonth(String given, int year) {
        return of("Tháng khai báo phải là một tháng của năm " + year + " (dạng yyyy-MM), không phải “" + given + "”.");
    }

    static DeclarationRefused yesNeedsEvidence() {
        return of("Khai báo “Có” phải kèm ít nhất một tài liệu minh chứng.");
    }

    static DeclarationRefused unsupportedEvidence(String name) {
        return of("Tệp “" + name + "” không được nhận: minh chứng chỉ nhận tệp PDF, ảnh JPEG/PNG, Word .docx, Excel .xlsx hoặc OpenDocument .odt.");
    }

    static DeclarationRefused evidenceNotWhatItSays(String name, EvidenceKind kind) {
        return of("Tệp “" + name + "” có đuôi ." + kind.extension() + " nhưng nội dung không phải tệp " + kind.name() + " hợp lệ.");
    }

    static DeclarationRefused emptyEvidence(String name) {
        return of("Tệp minh chứng “" + name + "” rỗng.");
    }

    static DeclarationRefused evidenceTooLarge(String name, long maxBytes) {
        return of("Tệp minh chứng “" + name + "” vượt quá dung lượng tối đa " + megabytes(maxBytes) + ".");
    }

    static DeclarationRefused tooManyEvidence(int max) {
        return of("Mỗi lần khai báo kèm tối đa " + max + " tệp minh chứng.");
    }

    static DeclarationRefused byConnector(String why) {
        return of("Khai báo không được nhận: " + why);
    }

    static String megabytes(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(VIETNAMESE);
        number.setMaximumFractionDigits(1);
        return number.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
