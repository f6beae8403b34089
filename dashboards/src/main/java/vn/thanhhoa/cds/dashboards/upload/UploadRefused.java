package vn.thanhhoa.cds.dashboards.upload;

import java.text.NumberFormat;
import java.util.Collection;
import java.util.Locale;

/**
 * An upload the inbox will not take. The message is one Vietnamese sentence meant for the officer
 * who sent the file, so the wording of every refusal lives here, in one place.
 */
public final class UploadRefused extends Exception {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private UploadRefused(String message) {
        super(message);
    }

    public static UploadRefused noBody() {
        return new UploadRefused("Chưa chọn đơn vị gửi báo cáo.");
    }

    public static UploadRefused unknownBody(String code, Collection<String> known) {
        return new UploadRefused("Đơn vị báo cáo “" + code + "” không có trong danh sách tiếp nhận ("
                + String.join(", ", known) + ").");
    }

    public static UploadRefused noFile() {
        return new UploadRefused("Chưa chọn tệp báo cáo để nộp.");
    }

    public static UploadRefused empty(String fileName) {
        return new UploadRefused("Tệp “" + fileName + "” rỗng, không có dữ liệu để nộp.");
    }

    public static UploadRefused tooLarge(long maxBytes) {
        return new UploadRefused("Tệp vượt quá dung lượng tối đa cho phép là " + size(maxBytes) + ".");
    }

    public static UploadRefused unsupportedType(String fileName) {
        return new UploadRefused("Tệp “" + fileName + "” không được nhận vì hệ thống chỉ nhận báo cáo dạng .csv hoặc .xlsx.");
    }

    public static UploadRefused notXlsx(String fileName) {
        return new UploadRefused("Tệp “" + fileName + "” có đuôi .xlsx nhưng không phải bảng tính Excel .xlsx hợp lệ.");
    }

    public static UploadRefused notUtf8(String fileName) {
        return new UploadRefused("Tệp “" + fileName + "” không được mã hóa UTF-8, hãy lưu lại bằng định dạng “CSV UTF-8”.");
    }

    /** The connector's reader cannot read the file as a report; {@code why} is its Vietnamese reason. */
    public static UploadRefused unreadable(String fileName, String why) {
        return new UploadRefused("Tệp “" + fileName + "” không được nhận: " + why);
    }

    public static UploadRefused unreadableForm() {
        return new UploadRefused("Yêu cầu tải lên không đúng dạng biểu mẫu multipart/form-data.");
    }

    /** Officers think in KB and MB; an odd limit is shown exactly in bytes rather than rounded. */
    static String size(long bytes) {
        NumberFormat number = NumberFormat.getIntegerInstance(VIETNAMESE);
        if (bytes >= MB && bytes % MB == 0) {
            return number.format(bytes / MB) + " MB";
        }
        if (bytes >= KB && bytes % KB == 0) {
            return number.format(bytes / KB) + " KB";
        }
        return number.format(bytes) + " byte";
    }
}
