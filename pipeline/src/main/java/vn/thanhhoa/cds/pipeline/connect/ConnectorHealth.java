package vn.thanhhoa.cds.pipeline.connect;

import java.util.List;

/**
 * A connector and its tasks as the Connect worker reports them: RUNNING, PAUSED, STOPPED,
 * UNASSIGNED, RESTARTING or FAILED, and for a failure the first line of its trace (the exception
 * and its message, which is what a person needs to tell a bad file from a lost broker).
 */
public record ConnectorHealth(String name, String state, String reason, List<Task> tasks) {

    public ConnectorHealth {
        tasks = List.copyOf(tasks);
    }

    public record Task(int id, String state, String reason) {

        public boolean failed() {
            return FAILED.equals(state);
        }
    }

    public static final String FAILED = "FAILED";
    public static final String RUNNING = "RUNNING";

    public boolean failed() {
        return FAILED.equals(state);
    }
}
