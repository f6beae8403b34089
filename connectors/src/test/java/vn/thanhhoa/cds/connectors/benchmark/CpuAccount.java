package vn.thanhhoa.cds.connectors.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the machine's CPU time went during a run: this JVM's threads by group (the connector task,
 * the task's producer, the broker's threads, Connect's offset committer…), the JVM as a whole, and
 * the whole machine from {@code /proc/stat} (the registry runs in its own process, and the machine
 * is shared). Threads are grouped by name with numbers taken out, so the broker's eight request
 * handlers are one line.
 */
final class CpuAccount {

    private final Map<Long, Long> threadNanos;
    private final Map<Long, String> threadNames;
    private final long processNanos;
    private final long[] machineTicks;
    private final long wallNanos;

    private CpuAccount(Map<Long, Long> threadNanos, Map<Long, String> threadNames, long processNanos, long[] machineTicks, long wallNanos) {
        this.threadNanos = threadNanos;
        this.threadNames = threadNames;
        this.processNanos = processNanos;
        this.machineTicks = machineTicks;
        this.wallNanos = wallNanos;
    }

    /** The CPU time of every thread of this JVM, of the JVM, and of the machine, now. */
    static CpuAccount now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> nanos = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    nanos.put(info.getThreadId(), cpu);
                    names.put(info.getThreadId(), info.getThreadName());
                }
            }
        }
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
        return new CpuAccount(nanos, names, process, machineTicks(), System.nanoTime());
    }

    /** A table of the CPU time spent since {@code before}, by thread group, largest first, as a share of one core's wall time. */
    String since(CpuAccount before) {
        double wall = wallNanos - before.wallNanos;
        Map<String, Long> byGroup = new HashMap<>();
        threadNanos.forEach((id, cpu) -> byGroup.merge(group(threadNames.get(id)), cpu - before.threadNanos.getOrDefault(id, 0L), Long::sum));
        Map<String, Long> sorted = new LinkedHashMap<>();
        byGroup.entrySet().stream().filter(entry -> entry.getValue() > wall / 200)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        StringBuilder table = new StringBuilder("| CPU time over the run (%.2f s wall) | CPU s | share of one core |\n|---|---|---|\n".formatted(wall / 1e9));
        sorted.forEach((name, cpu) -> table.append(String.format(Locale.ROOT, "| %s | %.2f | %.0f %% |%n", name, cpu / 1e9, 100 * cpu / wall)));
        long threadsTotal = byGroup.values().stream().mapToLong(Long::longValue).sum();
        table.append(String.format(Locale.ROOT, "| (the other threads of this JVM) | %.2f | %.0f %% |%n", (threadsTotal - sorted.values().stream().mapToLong(Long::longValue).sum()) / 1e9,
                100 * (threadsTotal - sorted.values().stream().mapToLong(Long::longValue).sum()) / wall));
        if (processNanos >= 0 && before.processNanos >= 0) {
            long process = processNanos - before.processNanos;
            table.append(String.format(Locale.ROOT, "| this JVM in all (with GC and JIT compiler threads) | %.2f | %.0f %% |%n", process / 1e9, 100 * process / wall));
        }
        if (machineTicks != null && before.machineTicks != null) {
            // /proc/stat counts in USER_HZ ticks (100 a second on Linux).
            double busy = (machineTicks[0] - before.machineTicks[0]) / 100.0;
            double all = (machineTicks[1] - before.machineTicks[1]) / 100.0;
            table.append(String.format(Locale.ROOT, "| the whole machine, busy (all processes: the registry, other builds) | %.2f | %.0f %% of %d cores |%n", busy,
                    all > 0 ? 100 * busy / all : 0, Runtime.getRuntime().availableProcessors()));
        }
        return table.toString();
    }

    private static String group(String thread) {
        if (thread == null) {
            return "?";
        }
        if (thread.startsWith("task-thread-")) {
            return "connector task (" + thread + ")";
        }
        if (thread.startsWith("kafka-producer-network-thread")) {
            return "producer network thread (" + thread.substring(thread.indexOf('|') + 1).strip() + ")";
        }
        return thread.replaceAll("\\d+", "N");
    }

    /** Busy and total ticks of all cores since boot, or null where there is no /proc/stat. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            long idle = 0;
            for (int i = 1; i < fields.length; i++) {
                long value = Long.parseLong(fields[i]);
                total += value;
                if (i == 4 || i == 5) { // idle, iowait
                    idle += value;
                }
            }
            return new long[] {total - idle, total};
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
