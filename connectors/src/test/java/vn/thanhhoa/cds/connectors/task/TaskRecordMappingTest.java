package vn.thanhhoa.cds.connectors.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thanhhoa.cds.connectors.agency.AgencyCommuneMapping;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.testbed.ReferenceFiles;
import vn.thanhhoa.cds.connectors.deadletter.Rejection;
import vn.thanhhoa.cds.schemas.raw.TaskStatus;
import vn.thanhhoa.cds.schemas.raw.TaskTracked;

public class TaskRecordMappingTest {

    /** A task the province gives the office of Xã Yên Ninh (000.20.43.H56 → 15442), completed and tracked on the system. */
    public static final String TASK = """
            {"maNhiemVu":"NV-2026-000123","donViChuTri":"000.20.43.H56","donViGiao":"UBND tỉnh Thanh Hóa",\
            "vanBanGiao":{"soKyHieu":"125/TB-UBND","ngayBanHanh":"2026-03-02"},"ngayGiao":"2026-03-03T08:00:00+07:00",\
            "hanXuLy":"2026-04-30","trangThai":"HOAN_THANH","ngayHoanThanh":"2026-04-20T16:30:00+07:00",\
            "theoDoiTrenHeThong":true,"capNhatLuc":"2026-04-20T16:31:00+07:00"}""";

    @TempDir
    Path temp;

    private TaskRecordMapping mapping;

    @BeforeEach
    void createMapping() throws Exception {
        Path offices = ReferenceFiles.yenNinhOffice(temp.resolve("offices.csv"));
        mapping = new TaskRecordMapping(AgencyCommuneMapping.read(offices, "agency.mapping.file"));
    }

    @Test
    void aTaskMapsFieldByField() {
        Parsed<TaskTracked> parsed = mapping.map(TASK, "nhiem-vu-2026-04.jsonl", 7);

        assertThat(parsed).isInstanceOf(Parsed.Accepted.class);
        assertThat(((Parsed.Accepted<TaskTracked>) parsed).key()).isEqualTo("NV-2026-000123");
        TaskTracked task = ((Parsed.Accepted<TaskTracked>) parsed).value();
        assertThat(task.getCommuneCode()).isEqualTo("15442");
        assertThat(task.getAgencyCode()).isEqualTo("000.20.43.H56");
        assertThat(task.getAssignedBy()).isEqualTo("UBND tỉnh Thanh Hóa");
        assertThat(task.getAssigningDocument()).isEqualTo("125/TB-UBND");
        assertThat(task.getAssignedAt()).isEqualTo(Instant.parse("2026-03-03T01:00:00Z"));
        assertThat(task.getDueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(task.getStatus()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(task.getCompletedAt()).isEqualTo(Instant.parse("2026-04-20T09:30:00Z"));
        assertThat(task.getTrackedOnline()).isTrue();
        assertThat(task.getUpdatedAt()).isEqualTo(Instant.parse("2026-04-20T09:31:00Z"));
        assertThat(task.getSourceLocation()).isEqualTo("nhiem-vu-2026-04.jsonl:7");
    }

    @Test
    void aTaskInProgressNeedsNoCompletionAndNoDeadline() {
        Parsed<TaskTracked> parsed = mapping.map(TASK.replace("\"HOAN_THANH\",\"ngayHoanThanh\":\"2026-04-20T16:30:00+07:00\"", "\"DANG_XU_LY\"")
                .replace("\"hanXuLy\":\"2026-04-30\",", "").replace("\"theoDoiTrenHeThong\":true", "\"theoDoiTrenHeThong\":false"), "f", 1);

        TaskTracked task = ((Parsed.Accepted<TaskTracked>) parsed).value();
        assertThat(task.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.getDueDate()).isNull();
        assertThat(task.getCompletedAt()).isNull();
        assertThat(task.getTrackedOnline()).isFalse();
    }

    static Stream<Arguments> malformedTasks() {
        return Stream.of(
                Arguments.of("no id", TASK.replace("\"maNhiemVu\":\"NV-2026-000123\",", ""), "maNhiemVu", "maNhiemVu is missing"),
                Arguments.of("no office", TASK.replace("\"donViChuTri\":\"000.20.43.H56\",", ""), "donViChuTri", "donViChuTri is missing"),
                Arguments.of("office of no commune", TASK.replace("000.20.43.H56", "000.99.99.H56"), "donViChuTri", "'000.99.99.H56' is not mapped to any commune on 2026-03-03"),
                Arguments.of("office before it existed", TASK.replace("2026-03-03T08:00:00", "2025-06-03T08:00:00"), "donViChuTri", "not mapped to any commune on 2025-06-03"),
                Arguments.of("no assignment time", TASK.replace("\"ngayGiao\":\"2026-03-03T08:00:00+07:00\",", ""), "ngayGiao", "ngayGiao is missing"),
                Arguments.of("time without offset", TASK.replace("2026-03-03T08:00:00+07:00", "03/03/2026 08:00"), "ngayGiao", "is not an ISO date-time with offset"),
                Arguments.of("impossible deadline", TASK.replace("2026-04-30", "2026-02-30"), "hanXuLy", "'2026-02-30' is not a date yyyy-MM-dd"),
                Arguments.of("deadline before assignment", TASK.replace("2026-04-30", "2026-03-01"), "hanXuLy", "is before the task was assigned"),
                Arguments.of("unknown status", TASK.replace("HOAN_THANH", "DA_XONG"), "trangThai", "'DA_XONG' is not CHUA_XU_LY"),
                Arguments.of("completed without date", TASK.replace(",\"ngayHoanThanh\":\"2026-04-20T16:30:00+07:00\"", ""), "ngayHoanThanh", "needs ngayHoanThanh"),
                Arguments.of("date but not completed", TASK.replace("HOAN_THANH", "DANG_XU_LY"), "ngayHoanThanh", "is set but trangThai is DANG_XU_LY"),
                Arguments.of("completed before assigned", TASK.replace("2026-04-20T16:30:00+07:00", "2026-03-01T16:30:00+07:00"), "ngayHoanThanh", "before ngayGiao"),
                Arguments.of("tracking flag as text", TASK.replace("\"theoDoiTrenHeThong\":true", "\"theoDoiTrenHeThong\":\"có\""), "theoDoiTrenHeThong", "'có' is not true or false"),
                Arguments.of("no tracking flag", TASK.replace("\"theoDoiTrenHeThong\":true,", ""), "theoDoiTrenHeThong", "is missing (true or false)"),
                Arguments.of("no update time", TASK.replace(",\"capNhatLuc\":\"2026-04-20T16:31:00+07:00\"", ""), "capNhatLuc", "capNhatLuc is missing"),
                Arguments.of("updated before assigned", TASK.replace("2026-04-20T16:31:00+07:00", "2026-03-01T16:31:00+07:00"), "capNhatLuc", "before ngayGiao"),
                Arguments.of("truncated JSON", TASK.substring(0, 80), null, "not valid JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedTasks")
    void aMalformedTaskIsRejectedNamingTheField(String fault, String line, String field, String reason) {
        Parsed<TaskTracked> parsed = mapping.map(line, "nhiem-vu-2026-04.jsonl", 9);

        assertThat(parsed).as(fault).isInstanceOf(Parsed.Rejected.class);
        Rejection rejection = ((Parsed.Rejected<TaskTracked>) parsed).rejection();
        assertThat(rejection.file()).isEqualTo("nhiem-vu-2026-04.jsonl");
        assertThat(rejection.line()).isEqualTo(9);
        assertThat(rejection.field()).isEqualTo(field);
        assertThat(rejection.reason()).contains(reason);
    }
}
