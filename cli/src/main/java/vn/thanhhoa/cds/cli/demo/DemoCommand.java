package vn.thanhhoa.cds.cli.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code ./cds demo}: starts the demo, prints the dashboard's address and runs until Ctrl-C. */
public final class DemoCommand {

    /** Returned by {@link #run} when the demo keeps running after main returns (stopped by Ctrl-C). */
    public static final int KEEP_RUNNING = -1;

    public int run(List<String> args, PrintStream out) {
        DemoOptions options = DemoOptions.parse(args);
        long started = System.nanoTime();
        Demo demo = Demo.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Đang dừng hệ thống / stopping…");
            demo.close();
            stopped.countDown();
        }, "cds-demo-shutdown"));
        out.printf("%nBảng điều khiển / Dashboard: %s   (sẵn sàng sau %.1f s; dữ liệu tại %s)%nNhấn Ctrl-C để dừng / press Ctrl-C to stop.%n",
                demo.dashboardUrl(), (System.nanoTime() - started) / 1e9, options.dataDirectory());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return KEEP_RUNNING;
    }
}
