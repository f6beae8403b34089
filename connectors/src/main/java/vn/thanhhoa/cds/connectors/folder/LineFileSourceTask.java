package vn.thanhhoa.cds.connectors.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.connectors.ConnectorVersion;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.deadletter.Rejection;

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
    private FileTaskOutput output;
    private LineReader reader;
    private String currentFile;
    private Path currentPath;
    private long accepted;
    private long rejected;

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
        output = new FileTaskOutput(config, source, connector, context.pluginMetrics());
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
        for (Path file : output.files()) {
            String name = file.getFileName().toString();
            if (output.isFinished(name)) {
                continue;
            }
            FileOffset offset = FileOffset.from(source, name, context.offsetStorageReader().offset(FileOffset.partition(source, name)));
            try {
                String unreadable = output.folder().unreadableReason(file);
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
        return output.quarantine(file, name, offset.partition(), offset.offset(), reason);
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
            return output.rejected(offset.partition(), offset.offset(), Rejection.ofLine(currentFile, line.number(), null, line.problem(), null));
        }
        if (line.text().isBlank()) {
            return null;
        }
        return switch (map(line)) {
            case Parsed.Accepted<T>(String key, T value) -> {
                accepted++;
                yield output.accepted(offset.partition(), offset.offset(), key, value);
            }
            case Parsed.Rejected<T>(Rejection rejection) -> {
                rejected++;
                yield output.rejected(offset.partition(), offset.offset(), rejection);
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

    private void finishFile() throws IOException {
        output.finish(currentFile);
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
            if (output != null) {
                output.close();
            }
        }
    }
}
