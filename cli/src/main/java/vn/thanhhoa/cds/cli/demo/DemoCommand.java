package vn.thanhhoa.cds.cli.demo;

import java.io.PrintStream;
import java.util.List;
import vn.thanhhoa.cds.cli.UntilStopped;

/** {@code ./cds demo}: starts the demo, prints the dashboard's address and runs until Ctrl-C. */
public final class DemoCommand {

    public int run(List<String> args, PrintStream out) {
        DemoOptions options = DemoOptions.parse(args);
        long started = System.nanoTime();
        Demo demo = Demo.start(options);
        out.printf("%nBảng điều khiển / Dashboard: %s   (sẵn sàng sau %.1f s; dữ liệu tại %s)%nNhấn Ctrl-C để dừng / press Ctrl-C to stop.%n",
                demo.dashboardUrl(), (System.nanoTime() - started) / 1e9, options.dataDirectory());
        demo.users().print(out, demo.dashboardUrl());
        out.flush();
        return UntilStopped.await(demo, out);
    }
}
