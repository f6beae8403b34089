package vn.thanhhoa.cds.connectors.tthc;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
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
import vn.thanhhoa.cds.connectors.agency.AgencyCommuneMapping;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.deadletter.Rejection;
import vn.thanhhoa.cds.connectors.folder.FileOffset;
import vn.thanhhoa.cds.connectors.folder.InputFolder;
import vn.thanhhoa.cds.connectors.folder.Line;
import vn.thanhhoa.cds.connectors.folder.LineReader;
import vn.thanhhoa.cds.connectors.privacy.PseudonymKey;
import vn.thanhhoa.cds.connectors.privacy.Pseudonymiser;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.serde.ConfluentWireFormat;

/**
 * Reads export files line by line from the stored offset of each file. Every line ends up either
 * in the dossier topic or in the dead-letter topic, and its offset advances either way, so a
 * restart neither loses nor repeats a line.
 */
public final class DossierFileSourceTask extends SourceTask {

    private static final Logger LOG = LoggerFactory.getLogger(DossierFileSourceTask.class);
    static final String SOURCE = "tthc";

    private DossierFileSourceConfig config;
    private InputFolder folder;
    private DossierRecordMapping mapping;
    private AvroKafkaSerializer<SpecificRecord> serializer;
    private final Clock clock = Clock.systemUTC();
    private final Set<String> finishedFiles = new HashSet<>();
    private LineReader reader;
    private String currentFile;
    private long accepted;
    private long rejected;

    @Override
    public String version() {
        return ConnectorVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new DossierFileSourceConfig(props);
        folder = new InputFolder(config.inputDirectory(), config.quarantineDirectory(), config.fileGlob());
        AgencyCommuneMapping agencies = AgencyCommuneMapping.read(config.agencyMappingFile(), DossierFileSourceConfig.AGENCY_MAPPING_CONFIG);
        Pseudonymiser pseudonymiser = new Pseudonymiser(PseudonymKey.readFrom(config.pseudonymKeyFile(), DossierFileSourceConfig.PSEUDONYM_KEY_FILE_CONFIG));
        mapping = new DossierRecordMapping(agencies, pseudonymiser);
        serializer = new AvroKafkaSerializer<>();
        serializer.configure(ConfluentWireFormat.serdeConfig(config.registryUrl(), false), false);
        LOG.info("Reading one-stop exports from {} ({} agency mappings)", config.inputDirectory(), agencies.size());
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
            throw new ConnectException("Reading " + currentFile + " in " + config.inputDirectory() + " failed: " + e.getMessage(), e);
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
                LOG.warn("Quarantined {}: {}", name, unreadable);
                batch.add(deadLetter(new FileOffset(SOURCE, name, 0), Rejection.ofFile(name, unreadable)));
                continue;
            }
            Map<String, Object> stored = context.offsetStorageReader().offset(FileOffset.partition(SOURCE, name));
            FileOffset offset = FileOffset.from(SOURCE, name, stored);
            reader = new LineReader(file, offset.line(), config.maxLineBytes());
            currentFile = name;
            accepted = 0;
            rejected = 0;
            if (offset.line() > 0) {
                LOG.info("Resuming {} after line {}", name, offset.line());
            }
            return true;
        }
        return false;
    }

    private SourceRecord toRecord(Line line) {
        FileOffset offset = new FileOffset(SOURCE, currentFile, line.number());
        if (!line.readable()) {
            rejected++;
            return deadLetter(offset, Rejection.ofLine(currentFile, line.number(), null, line.problem(), null));
        }
        if (line.text().isBlank()) {
            return null;
        }
        return switch (mapping.map(line.text(), currentFile, line.number())) {
            case Parsed.Accepted<DossierStatusChanged>(String key, DossierStatusChanged dossier) -> {
                accepted++;
                yield new SourceRecord(offset.partition(), offset.offset(), config.topic(), null, null, key, null,
                        serializer.serialize(config.topic(), dossier));
            }
            case Parsed.Rejected<DossierStatusChanged>(Rejection rejection) -> {
                rejected++;
                if (LOG.isDebugEnabled()) {
                    LOG.debug("Rejected {}: {}", rejection.where(), rejection.reason());
                }
                yield deadLetter(offset, rejection);
            }
        };
    }

    private SourceRecord deadLetter(FileOffset offset, Rejection rejection) {
        return new SourceRecord(offset.partition(), offset.offset(), config.deadLetterTopic(), null, null, rejection.where(), null,
                serializer.serialize(config.deadLetterTopic(), rejection.toDeadLetter(SOURCE, "one-stop-dossier-file", clock.instant())));
    }

    private void finishFile() throws IOException {
        reader.close();
        reader = null;
        finishedFiles.add(currentFile);
        if (accepted + rejected > 0) {
            LOG.info("Read {}: {} lines accepted, {} lines rejected to {}", currentFile, accepted, rejected, config.deadLetterTopic());
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
