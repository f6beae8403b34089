package vn.thanhhoa.cds.cli.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded stack's peak resident memory: this JVM (broker, Connect, ClickHouse engine, streams,
 * dashboard) and its child processes (the schema registry), summed at each sample, once a second.
 */
final class StackMemory implements AutoCloseable {

    private final AtomicLong peakKb = new AtomicLong();
    private final AtomicLong peakOwnKb = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);

    static StackMemory watch() {
        StackMemory memory = new StackMemory();
        Thread.ofPlatform().daemon().name("stack-memory").start(() -> {
            while (memory.running.get()) {
                memory.sample();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        return memory;
    }

    /** Peak of this JVM and its children together, in MB. */
    long peakMegabytes() {
        sample();
        return peakKb.get() >> 10;
    }

    /** Peak of this JVM alone, in MB. */
    long peakOwnMegabytes() {
        sample();
        return peakOwnKb.get() >> 10;
    }

    @Override
    public void close() {
        running.set(false);
    }

    private void sample() {
        long own = residentKb(ProcessHandle.current().pid());
        long children = ProcessHandle.current().descendants().mapToLong(process -> residentKb(process.pid())).sum();
        peakOwnKb.accumulateAndGet(own, Math::max);
        peakKb.accumulateAndGet(own + children, Math::max);
    }

    private static long residentKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream().filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0L);
        } catch (IOException e) {
            // The process has ended between the listing and the read.
            return 0;
        }
    }
}
