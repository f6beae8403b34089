package vn.thanhhoa.cds.connectors.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.connectors.ConnectorVersion;
import vn.thanhhoa.cds.connectors.deadletter.IntakeCounts;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.deadletter.Rejection;
import vn.thanhhoa.cds.connectors.privacy.IdentifierMask;
import vn.thanhhoa.cds.schemas.serde.WireFormatSerializer;

/**
 * Reads a folder of line-per-record export files from the stored offset of each file. Every line
 * ends up either in the source's topic or in the dead-letter topic, and its offset advances either
 * way, so a restart neither loses nor repeats a line. What a line means is the subclass's
 * {@link LineMapping}.
 */
public abstract class LineFileSourceTask<T extends SpecificRecord> extends SourceTask {

    private static final Logger LOG = LoggerFactory.getLogger(LineFileSourceTask.class);

    /** What a concrete connector gives this task: its settings, its line mapping and its names. */
    public record Setup<T>(FolderSourceConfig config, LineMapping<T> mapping, String source, String connector) {
    }

    private FolderSourceConfig config;
    private LineMapping<T> mapping;
    private String source;
    private String connector;
    private InputFolder folder;
    private WireFormatSerializer serializer;
    private final Clock clock = Clock.systemUTC();
    private final Set<String> finishedFiles = new HashSet<>();
    private LineReader reader;
    private String currentFile;
    private Path currentPath;
    private long accepted;
    private long rejected;
    private IntakeCounts counts;

    /** Parses the settings and builds the mapping; configuration errors are thrown from here. */
    protected abstract Setup<T> setUp(Map<String, String> props);

    @Override
    public String version() {
        return ConnectorVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        Setup<T> setup = setUp(props);
        config = setup.config();
        mapping = setup.mapping();
        source = setup.source();
        connector = setup.connector();
        folder = new InputFolder(config.inputDirectory(), config.quarantineDirectory(), config.fileGlob());
        serializer = new WireFormatSerializer(config.registryUrl());
        counts = new IntakeCounts(context.pluginMetrics(), source);
        LOG.info("{}: reading {} from {}", connector, config.fileGlob(), config.inputDirectory());
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        List<SourceRecord> batch = new ArrayList<>();
        if (reader == null && !openNextFile(batch)) {
            if (batch.isEmpty()) {
                Thread.sleep(config.pollIntervalMs());
                return null;
            }
            return batch;
        }
        while (reader != null && batch.size() < config.batchSize()) {
            Line line;
            try {
                line = reader.next();
                if (line == null) {
                    finishFile();
                    break;
                }
            } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError failure) {
                batch.add(abandon("reading it failed after line " + reader.linesRead() + ": " + failure));
                break;
            }
            SourceRecord record = toRecord(line);
            if (record != null) {
                batch.add(record);
            }
        }
        return batch;
    }

    /**
     * Opens the first file not yet read to its end. A file that is not text, or that cannot even
     * be opened, is quarantined and reported, and the next one is tried: one file never stops the
     * source. Only a folder that cannot be listed fails the task.
     */
    private boolean openNextFile(List<SourceRecord> batch) {
        List<Path> files;
        try {
            files = folder.files();
        } catch (IOException | RuntimeException e) {
            throw new ConnectException(connector + ": the input folder " + config.inputDirectory() + " cannot be listed: " + e.getMessage(), e);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (finishedFiles.contains(name)) {
                continue;
            }
            FileOffset offset = FileOffset.from(source, name, context.offsetStorageReader().offset(FileOffset.partition(source, name)));
            try {
                String unreadable = folder.unreadableReason(file);
                if (unreadable != null) {
                    batch.add(quarantine(file, name, offset, unreadable));
                    continue;
                }
                reader = new LineReader(file, offset.line(), config.maxLineBytes());
            } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError failure) {
                batch.add(quarantine(file, name, offset, "opening it failed: " + failure));
                continue;
            }
            currentFile = name;
            currentPath = file;
            accepted = 0;
            rejected = 0;
            if (offset.line() > 0) {
                LOG.info("{}: resuming {} after line {}", connector, name, offset.line());
            }
            return true;
        }
        return false;
    }

    private SourceRecord quarantine(Path file, String name, FileOffset offset, String reason) {
        finishedFiles.add(name);
        if (!folder.quarantineOrKeep(file, reason)) {
            LOG.warn("{}: {} cannot be moved to {}; it is left in place and skipped until the task restarts", connector, name, config.quarantineDirectory());
        }
        LOG.warn("{}: quarantined {}: {}", connector, name, IdentifierMask.mask(reason));
        counts.quarantined();
        return deadLetter(offset, Rejection.ofFile(name, reason));
    }

    /** Sets the open file aside after a failure in the middle of it; the lines before it stay delivered. */
    private SourceRecord abandon(String reason) {
        FileOffset offset = new FileOffset(source, currentFile, reader.linesRead());
        try {
            reader.close();
        } catch (IOException | RuntimeException ignored) {
            // The file is being set aside because it could not be read; closing it may fail too.
        }
        reader = null;
        String name = currentFile;
        currentFile = null;
        return quarantine(currentPath, name, offset, reason);
    }

    private SourceRecord toRecord(Line line) {
        FileOffset offset = new FileOffset(source, currentFile, line.number());
        if (!line.readable()) {
            rejected++;
            counts.rejected();
            return deadLetter(offset, Rejection.ofLine(currentFile, line.number(), null, line.problem(), null));
        }
        if (line.text().isBlank()) {
            return null;
        }
        return switch (map(line)) {
            case Parsed.Accepted<T>(String key, T value) -> {
                accepted++;
                counts.accepted();
                yield new SourceRecord(offset.partition(), offset.offset(), config.topic(), null, null, key, null,
                        serializer.serialize(config.topic(), value));
            }
            case Parsed.Rejected<T>(Rejection rejection) -> {
                rejected++;
                counts.rejected();
                if (LOG.isDebugEnabled()) {
                    LOG.debug("{}: rejected {}: {}", connector, rejection.where(), IdentifierMask.mask(rejection.reason()));
                }
                yield deadLetter(offset, rejection);
            }
        };
    }

    /** The mapping's verdict; a line the mapping fails on unexpectedly is that line's rejection, not the task's end. */
    private Parsed<T> map(Line line) {
        try {
            return mapping.map(line.text(), currentFile, line.number());
        } catch (RuntimeException | StackOverflowError failure) {
            return new Parsed.Rejected<>(Rejection.ofLine(currentFile, line.number(), null, "the line could not be mapped: " + failure, line.text()));
        }
    }

    private SourceRecord deadLetter(FileOffset offset, Rejection rejection) {
        return new SourceRecord(offset.partition(), offset.offset(), config.deadLetterTopic(), null, null, rejection.where(), null,
                serializer.serialize(config.deadLetterTopic(), rejection.toDeadLetter(source, connector, clock.instant())));
    }

    private void finishFile() throws IOException {
        finishedFiles.add(currentFile);
        reader.close();
        reader = null;
        currentPath = null;
        if (accepted + rejected > 0) {
            LOG.info("{}: read {}: {} lines accepted, {} lines rejected to {}", connector, currentFile, accepted, rejected, config.deadLetterTopic());
        }
    }

    @Override
    public void stop() {
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (serializer != null) {
                serializer.close();
            }
        }
    }
}
