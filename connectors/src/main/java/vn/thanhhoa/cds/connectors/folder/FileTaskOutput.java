package vn.thanhhoa.cds.connectors.folder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.connectors.deadletter.IntakeCounts;
import vn.thanhhoa.cds.connectors.deadletter.Rejection;
import vn.thanhhoa.cds.connectors.privacy.IdentifierMask;
import vn.thanhhoa.cds.schemas.serde.WireFormatSerializer;

/**
 * What every file task does the same way, in one place: the watched folder and the files finished in
 * this run, the quarantine of a file that cannot be read (moved with its reason, reported on the
 * dead-letter topic), dead letters, accepted records, the intake counters and the serializer. The
 * line-file task ({@link LineFileSourceTask}) and the report task differ only in how they read a file.
 */
public final class FileTaskOutput implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FileTaskOutput.class);

    private final FolderSourceConfig config;
    private final String source;
    private final String connector;
    private final InputFolder folder;
    private final WireFormatSerializer serializer;
    private final IntakeCounts counts;
    private final Clock clock = Clock.systemUTC();
    private final Set<String> finishedFiles = new HashSet<>();

    public FileTaskOutput(FolderSourceConfig config, String source, String connector, PluginMetrics metrics) {
        this.config = config;
        this.source = source;
        this.connector = connector;
        this.folder = new InputFolder(config.inputDirectory(), config.quarantineDirectory(), config.fileGlob());
        this.serializer = new WireFormatSerializer(config.registryUrl());
        this.counts = new IntakeCounts(metrics, source);
    }

    public InputFolder folder() {
        return folder;
    }

    /** The files in the folder now, in name order; a folder that cannot be listed fails the task (it is not a file's fault). */
    public List<Path> files() {
        try {
            return folder.files();
        } catch (IOException | RuntimeException e) {
            throw new ConnectException(connector + ": the input folder " + config.inputDirectory() + " cannot be listed: " + e.getMessage(), e);
        }
    }

    public boolean isFinished(String name) {
        return finishedFiles.contains(name);
    }

    /** Marks the file done for this run; returns false when it already was. */
    public boolean finish(String name) {
        return finishedFiles.add(name);
    }

    /**
     * Sets a file that cannot be read aside: finished for this run, moved to the quarantine folder with
     * its reason (left in place, with a warning, when it cannot be moved), counted, and reported at
     * {@code offset} on the dead-letter topic.
     */
    public SourceRecord quarantine(Path file, String name, Map<String, ?> partition, Map<String, ?> offset, String reason) {
        finishedFiles.add(name);
        if (!folder.quarantineOrKeep(file, reason)) {
            LOG.warn("{}: {} cannot be moved to {}; it is left in place and skipped until the task restarts", connector, name, config.quarantineDirectory());
        }
        LOG.warn("{}: quarantined {}: {}", connector, name, IdentifierMask.mask(reason));
        counts.quarantined();
        return deadLetter(partition, offset, Rejection.ofFile(name, reason));
    }

    /** A rejected input on the dead-letter topic, counted. */
    public SourceRecord rejected(Map<String, ?> partition, Map<String, ?> offset, Rejection rejection) {
        counts.rejected();
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: rejected {}: {}", connector, rejection.where(), IdentifierMask.mask(rejection.reason()));
        }
        return deadLetter(partition, offset, rejection);
    }

    /** An accepted record on the source's topic, counted. */
    public SourceRecord accepted(Map<String, ?> partition, Map<String, ?> offset, String key, SpecificRecord value) {
        counts.accepted();
        return to(config.topic(), partition, offset, key, value);
    }

    /** A record on another topic of the task (a report's data-quality findings), not counted as intake. */
    public SourceRecord to(String topic, Map<String, ?> partition, Map<String, ?> offset, String key, SpecificRecord value) {
        return new SourceRecord(partition, offset, topic, null, null, key, null, serializer.serialize(topic, value));
    }

    private SourceRecord deadLetter(Map<String, ?> partition, Map<String, ?> offset, Rejection rejection) {
        return to(config.deadLetterTopic(), partition, offset, rejection.where(),
                rejection.toDeadLetter(source, connector, clock.instant()));
    }

    @Override
    public void close() {
        serializer.close();
    }
}
