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
        try {
            List<SourceRecord> batch = new ArrayList<>();
            if (reader == null && !openNextFile(batch)) {
                if (batch.isEmpty()) {
                    Thread.sleep(config.pollIntervalMs());
                    return null;
                }
                return batch;
            }
            while (reader != null && batch.size() < config.batchSize()) {
                Line line = reader.next();
                if (line == null) {
                    finishFile();
                    break;
                }
                SourceRecord record = toRecord(line);
                if (record != null) {
                    batch.add(record);
                }
            }
            return batch;
        } catch (IOException e) {
            throw new ConnectException(connector + ": reading " + currentFile + " in " + config.inputDirectory() + " failed: " + e.getMessage(), e);
        }
    }

    /** Opens the first file not yet read to its end; quarantines files that are not text. */
    private boolean openNextFile(List<SourceRecord> batch) throws IOException {
        for (Path file : folder.files()) {
            String name = file.getFileName().toString();
            if (finishedFiles.contains(name)) {
                continue;
            }
            String unreadable = folder.unreadableReason(file);
            if (unreadable != null) {
                folder.quarantine(file, unreadable);
                LOG.warn("{}: quarantined {}: {}", connector, name, unreadable);
                counts.quarantined();
                batch.add(deadLetter(new FileOffset(source, name, 0), Rejection.ofFile(name, unreadable)));
                continue;
            }
            FileOffset offset = FileOffset.from(source, name, context.offsetStorageReader().offset(FileOffset.partition(source, name)));
            reader = new LineReader(file, offset.line(), config.maxLineBytes());
            currentFile = name;
            accepted = 0;
            rejected = 0;
            if (offset.line() > 0) {
                LOG.info("{}: resuming {} after line {}", connector, name, offset.line());
            }
            return true;
        }
        return false;
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
        return switch (mapping.map(line.text(), currentFile, line.number())) {
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
                    LOG.debug("{}: rejected {}: {}", connector, rejection.where(), rejection.reason());
                }
                yield deadLetter(offset, rejection);
            }
        };
    }

    private SourceRecord deadLetter(FileOffset offset, Rejection rejection) {
        return new SourceRecord(offset.partition(), offset.offset(), config.deadLetterTopic(), null, null, rejection.where(), null,
                serializer.serialize(config.deadLetterTopic(), rejection.toDeadLetter(source, connector, clock.instant())));
    }

    private void finishFile() throws IOException {
        reader.close();
        reader = null;
        finishedFiles.add(currentFile);
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
