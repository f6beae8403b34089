package vn.thanhhoa.cds.connectors.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import vn.thanhhoa.cds.connectors.EventId;
import vn.thanhhoa.cds.connectors.agency.AgencyCommuneMapping;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.folder.JsonLineMapping;
import vn.thanhhoa.cds.schemas.raw.TaskStatus;
import vn.thanhhoa.cds.schemas.raw.TaskTracked;

/**
 * One line of the task-tracking export of the document-management system (theo dõi nhiệm vụ) to a
 * {@link TaskTracked}: a task's state each time the system records a change. Fields: {@code maNhiemVu},
 * {@code donViChuTri} (office in charge, an agency code mapped to its commune on the assignment date),
 * {@code donViGiao}, {@code vanBanGiao} {soKyHieu}, {@code ngayGiao}, {@code hanXuLy}, {@code trangThai}
 * (CHUA_XU_LY, DANG_XU_LY, HOAN_THANH, HUY), {@code ngayHoanThanh}, {@code theoDoiTrenHeThong} and
 * {@code capNhatLuc}. The province's export contract is not public: these names are our documented
 * assumption, in the style of the other QLVB fields.
 */
public final class TaskRecordMapping extends JsonLineMapping<TaskTracked> {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Map<String, TaskStatus> STATUSES = Map.of(
            "CHUA_XU_LY", TaskStatus.NOT_STARTED, "DANG_XU_LY", TaskStatus.IN_PROGRESS,
            "HOAN_THANH", TaskStatus.COMPLETED, "HUY", TaskStatus.CANCELLED);

    private final AgencyCommuneMapping agencies;

    public TaskRecordMapping(AgencyCommuneMapping agencies) {
        this.agencies = agencies;
    }

    @Override
    protected Parsed<TaskTracked> map(JsonNode node, String line, String file, long lineNumber) {
        String taskId = required(node, "maNhiemVu", "maNhiemVu");
        String office = required(node, "donViChuTri", "donViChuTri");
        Instant assignedAt = requiredIsoInstant(node, "ngayGiao", "ngayGiao");
        LocalDate assignedOn = LocalDate.ofInstant(assignedAt, VIETNAM);
        String commune = agencies.communeOf(office, assignedOn)
                .orElseThrow(() -> new BadField("donViChuTri", "office '" + office + "' is not mapped to any commune on " + assignedOn));
        LocalDate due = isoDate(node, "hanXuLy", "hanXuLy");
        if (due != null && due.isBefore(assignedOn)) {
            throw new BadField("hanXuLy", "hanXuLy " + due + " is before the task was assigned (" + assignedOn + ")");
        }
        String statusText = required(node, "trangThai", "trangThai");
        TaskStatus status = STATUSES.get(statusText);
        if (status == null) {
            throw new BadField("trangThai", "trangThai '" + statusText + "' is not CHUA_XU_LY, DANG_XU_LY, HOAN_THANH or HUY");
        }
        Instant completedAt = isoInstant(node, "ngayHoanThanh", "ngayHoanThanh");
        if (status == TaskStatus.COMPLETED && completedAt == null) {
            throw new BadField("ngayHoanThanh", "a completed task (HOAN_THANH) needs ngayHoanThanh");
        }
        if (status != TaskStatus.COMPLETED && completedAt != null) {
            throw new BadField("ngayHoanThanh", "ngayHoanThanh is set but trangThai is " + statusText);
        }
        if (completedAt != null && completedAt.isBefore(assignedAt)) {
            throw new BadField("ngayHoanThanh", "ngayHoanThanh is before ngayGiao");
        }
        boolean trackedOnline = bool(node, "theoDoiTrenHeThong", "theoDoiTrenHeThong", null);
        Instant updatedAt = requiredIsoInstant(node, "capNhatLuc", "capNhatLuc");
        if (updatedAt.isBefore(assignedAt)) {
            throw new BadField("capNhatLuc", "capNhatLuc is before ngayGiao");
        }
        TaskTracked task = TaskTracked.newBuilder()
                .setEventId(EventId.of("task", taskId, statusText, String.valueOf(trackedOnline), String.valueOf(updatedAt.toEpochMilli())))
                .setTaskId(taskId)
                .setCommuneCode(commune)
                .setAgencyCode(office)
                .setAssignedBy(text(node, "donViGiao"))
                .setAssigningDocument(text(node.path("vanBanGiao"), "soKyHieu"))
                .setAssignedAt(assignedAt)
                .setDueDate(due)
                .setStatus(status)
                .setCompletedAt(completedAt)
                .setTrackedOnline(trackedOnline)
                .setUpdatedAt(updatedAt)
                .setSourceLocation(file + ":" + lineNumber)
                .build();
        return new Parsed.Accepted<>(taskId, task);
    }
}
