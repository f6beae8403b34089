package vn.thanhhoa.cds.dashboards.table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.thanhhoa.cds.dashboards.query.Numbers;

/** A cell as text, the way the pages print it: 1.234,5; dd/MM/yyyy; dd/MM/yyyy HH:mm in Vietnam time; statuses in words. */
public final class CellText {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

    private CellText() {
    }

    public static String of(Column column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (value) {
            case LocalDate day -> DAY.format(day);
            case Instant moment -> MOMENT.format(moment);
            case Number number -> Numbers.format(number.doubleValue());
            default -> column.kind() == Column.Kind.STATUS ? StatusLabel.of(value.toString()) : value.toString();
        };
    }
}
