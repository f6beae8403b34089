package vn.thanhhoa.cds.streams.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JDK Flight Recorder profile of the engine's run, summed up for the report: where the stream
 * thread's samples are (its own top frames, and the share of samples under each stage of the
 * engine), what it allocates, and the collector's pauses. Stages overlap (a processor's share
 * includes the Kafka writes it makes), so their shares are not meant to add up. Kafka Streams'
 * stacks are deep: run with {@code -XX:FlightRecorderOptions:stackdepth=256} so that a sample keeps
 * the processor it was taken under.
 */
final class EngineProfile implements AutoCloseable {

    /** A stage of the engine: the samples whose stack holds a frame it names. */
    private record Stage(String name, Predicate<RecordedFrame> frame) {
    }

    private static Predicate<RecordedFrame> in(String classPrefix) {
        return f -> f.getMethod().getType().getName().startsWith(classPrefix);
    }

    private static Predicate<RecordedFrame> method(String className, String methodPrefix) {
        return f -> f.getMethod().getType().getName().equals(className) && f.getMethod().getName().startsWith(methodPrefix);
    }

    private static final String INTERNALS = "org.apache.kafka.streams.processor.internals.";
    private static final String ENGINE = "vn.thanhhoa.cds.streams.";

    private static final List<Stage> STAGES = List.of(
            new Stage("reading the input (value deserialiser)", method(INTERNALS + "RecordDeserializer", "deserialize")),
            new Stage("latest state per entity (LatestStateProcessor, with what it forwards)", method(ENGINE + "measures.LatestStateProcessor", "process")),
            new Stage("measure sums (IndicatorEvaluator.process)", method(ENGINE + "indicators.IndicatorEvaluator", "process")),
            new Stage("evaluation of the changed communes (every 200 ms)", method(ENGINE + "indicators.IndicatorEvaluator", "evaluateChanged")),
            new Stage("month-end evaluation (every 10 s)", method(ENGINE + "indicators.IndicatorEvaluator", "evaluateMonthEnds")),
            new Stage("silent sources (SilentSourceProcessor)", in(ENGINE + "alerts.SilentSourceProcessor")),
            new Stage("alerts (AlertProcessor)", in(ENGINE + "alerts.AlertProcessor")),
            new Stage("recognition (RecognitionProcessor)", in(ENGINE + "recognition.")),
            new Stage("roll-up to districts and the province", in(ENGINE + "rollup.")),
            new Stage("writes to Kafka (RecordCollectorImpl.send: changelogs, internal topics, outputs)", method(INTERNALS + "RecordCollectorImpl", "send")),
            new Stage("RocksDB", in("org.rocksdb.")),
            new Stage("state stores' cache (ThreadCache)", in("org.apache.kafka.streams.state.internals.ThreadCache")),
            new Stage("Avro (any)", in("org.apache.avro.")),
            new Stage("commit (TaskManager.commit…)", method(INTERNALS + "TaskManager", "commit")),
            new Stage("polling the consumer", in("org.apache.kafka.clients.consumer.")));

    private final Recording recording;
    private final Path file;

    private EngineProfile(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    static EngineProfile start(Path file) throws IOException, ParseException {
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setToDisk(true);
        recording.setDestination(file);
        recording.start();
        return new EngineProfile(recording, file);
    }

    @Override
    public void close() {
        if (recording.getState() != jdk.jfr.RecordingState.CLOSED) {
            recording.close();
        }
    }

    /** Stops the recording and sums it up in Markdown. */
    String stopAndSummarise() throws IOException {
        recording.stop();
        recording.close();
        long all = 0;
        long stream = 0;
        Map<String, Long> selfFrames = new HashMap<>();
        Map<String, Long> stages = new LinkedHashMap<>();
        STAGES.forEach(stage -> stages.put(stage.name(), 0L));
        Map<String, Long> allocations = new HashMap<>();
        long allocated = 0;
        int collections = 0;
        Duration pauses = Duration.ZERO;
        Duration longest = Duration.ZERO;
        try (RecordingFile events = new RecordingFile(file)) {
            while (events.hasMoreEvents()) {
                RecordedEvent event = events.readEvent();
                switch (event.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> {
                        all++;
                        if (!isStreamThread(event.getThread("sampledThread")) || event.getStackTrace() == null) {
                            continue;
                        }
                        stream++;
                        List<RecordedFrame> frames = event.getStackTrace().getFrames();
                        if (!frames.isEmpty()) {
                            selfFrames.merge(name(frames.getFirst()), 1L, Long::sum);
                        }
                        for (Stage stage : STAGES) {
                            if (frames.stream().anyMatch(stage.frame())) {
                                stages.merge(stage.name(), 1L, Long::sum);
                            }
                        }
                    }
                    case "jdk.ObjectAllocationSample" -> {
                        if (isStreamThread(event.getThread("eventThread"))) {
                            long weight = event.getLong("weight");
                            allocated += weight;
                            allocations.merge(event.getClass("objectClass").getName(), weight, Long::sum);
                        }
                    }
                    case "jdk.GarbageCollection" -> {
                        collections++;
                        pauses = pauses.plus(event.getDuration("sumOfPauses"));
                        Duration pause = event.getDuration("longestPause");
                        longest = pause.compareTo(longest) > 0 ? pause : longest;
                    }
                    default -> {
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n## Profile (JDK Flight Recorder, engine start to the last offset committed; %s)%n%n", file.getFileName()));
        out.append(String.format("Stream thread: %,d of %,d execution samples of the process (the broker, registry client and the rest share the cores).%n%n", stream, all));
        out.append("| stage (samples whose stack holds it; stages overlap) | share of the stream thread |\n|---|---|\n");
        long streamSamples = Math.max(stream, 1);
        stages.forEach((name, count) -> out.append(String.format("| %s | %.1f %% |%n", name, 100.0 * count / streamSamples)));
        out.append("\n| top frames of the stream thread (self) | share |\n|---|---|\n");
        top(selfFrames, 25).forEach(e -> out.append(String.format("| `%s` | %.1f %% |%n", e.getKey(), 100.0 * e.getValue() / streamSamples)));
        out.append(String.format("%n| allocated by the stream thread (sampled weight: %,d MB) | share |%n|---|---|%n", allocated >> 20));
        long allocatedAll = Math.max(allocated, 1);
        top(allocations, 12).forEach(e -> out.append(String.format("| `%s` | %.1f %% |%n", e.getKey(), 100.0 * e.getValue() / allocatedAll)));
        out.append(String.format("%nGarbage collections: %d, pauses %,d ms in all, the longest %,d ms.%n", collections, pauses.toMillis(), longest.toMillis()));
        return out.toString();
    }

    private static boolean isStreamThread(RecordedThread thread) {
        return thread != null && thread.getJavaName() != null && thread.getJavaName().contains("-StreamThread-");
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int n) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        return entries.subList(0, Math.min(n, entries.size()));
    }
}
