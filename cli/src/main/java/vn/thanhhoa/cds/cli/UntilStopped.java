package vn.thanhhoa.cds.cli;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Keeps a long-running command alive until the JVM is told to stop (Ctrl-C, SIGTERM), then closes
 * what it runs, in the JVM's shutdown hook so that nothing is left behind.
 */
public final class UntilStopped {

    /** What a command returns when it ran until stopped: main must not call System.exit during shutdown. */
    public static final int STOPPED_BY_SIGNAL = -1;

    private UntilStopped() {
    }

    public static int await(AutoCloseable running, PrintStream out) {
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Đang dừng / stopping…");
            try {
                running.close();
            } catch (Exception e) {
                out.println("Stopping failed: " + e.getMessage());
            } finally {
                closed.countDown();
            }
        }, "cds-shutdown"));
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return STOPPED_BY_SIGNAL;
    }
}
