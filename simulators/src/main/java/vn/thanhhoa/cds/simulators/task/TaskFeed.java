package vn.thanhhoa.cds.simulators.task;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the task simulator wrote: the files, the latest state of every task as a correct reader
 * must end with (by task id), how many lines it must accept, and the rejected lines by fault; and
 * the day each task was assigned (ngayGiao, by task id), which places it in an indicator's window.
 */
public record TaskFeed(List<Path> files, Map<String, ExpectedTask> latest, long acceptedLines, Map<String, Integer> rejectedLinesByFault,
                       Map<String, LocalDate> assignedDays) {

    /** A task's final state: its commune, status code as exported, and whether it is tracked on the system. */
    public record ExpectedTask(String communeCode, String status, boolean trackedOnline) {
    }

    public int rejectedLines() {
        return rejectedLinesByFault.values().stream().mapToInt(Integer::intValue).sum();
    }
}
