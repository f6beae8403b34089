package vn.thanhhoa.cds.connectors.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.connectors.ConnectorVersion;
import vn.thanhhoa.cds.connectors.ReferenceSettings;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.deadletter.Rejection;
import vn.thanhhoa.cds.connectors.folder.FileTaskOutput;
import vn.thanhhoa.cds.connectors.report.ReportTable.UnreadableReport;

/**
 * Reads monthly report files (CSV or XLSX, one row per commune) into reported measures. A report
 * is small, so a file is read whole, then handed to Kafka in batches from the stored offset.
 */
public final class ReportFileSourceTask extends SourceTask {

    private static final Logger LOG = LoggerFactory.getLogger(ReportFileSourceTask.class);

    private ReportFileSourceConfig config;
    private String source;
    private String connector;
    private Map<String, String> measuresByHeader;
    private ReportIntake intake;
    private final Clock clock = Clock.systemUTC();
    private FileTaskOutput output;
    private final Deque<SourceRecord> pending = new ArrayDeque<>();

    @Override
    public String version() {
        return ConnectorVersion.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new ReportFileSourceConfig(props);
        source = ReportBodies.name(config.source());
        connector = source + "-report-file";
        measuresByHeader = config.measuresByHeader();
        CommuneCodes communes = ReferenceSettings.communeCodes(config);
        ReportMeasures measures = ReportMeasures.builtIn();
        intake = new ReportIntake(new ReportFileCheck(config.limits(), measuresByHeader, measures),
                new ReportRowMapping(communes, config.source(), measures, clock), measures, source, connector, clock);
        output = new FileTaskOutput(config, source, connector, context.pluginMetrics());
        LOG.info("{}: reading reports from {} ({} measure columns)", connector, config.inputDirectory(), measuresByHeader.size());
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        if (pending.isEmpty() && !readNextFile()) {
            Thread.sleep(config.pollIntervalMs());
            return null;
        }
        List<SourceRecord> batch = new ArrayList<>();
        while (!pending.isEmpty() && batch.size() < config.batchSize()) {
            batch.add(pending.poll());
        }
        return batch;
    }

    /** Queues the records of the next unread report; returns false when there is none. */
    private boolean readNextFile() {
        for (Path file : output.files()) {
            String name = file.getFileName().toString();
            if (!output.finish(name)) {
                continue;
            }
            ReportOffset done = ReportOffset.from(source, name, context.offsetStorageReader().offset(ReportOffset.partition(source, name)));
            ReportIntake.Read read = null;
            try {
                read = intake.read(file, name);
            } catch (UnreadableReport unreadable) {
                quarantine(file, name, unreadable.getMessage());
            } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError failure) {
                // Whatever the reader meets in one file (a parser's own limit, a bug, a file that
                // vanished) is that file's problem: it is set aside with the reason and the task
                // goes on to the next report. Escaping would fail the task, and a restart would
                // fail again on the same file, so that no later report would ever be read. The
                // memory a failed parse held is garbage once this frame is left.
                quarantine(file, name, "the reader failed on this file: " + failure);
            }
            // Outside the guard: a registry that cannot be reached is not the file's fault, and
            // must fail the task (to be restarted) rather than quarantine a good report.
            if (read != null) {
                queue(name, read, done);
            }
            if (!pending.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void quarantine(Path file, String name, String reason) {
        ReportOffset offset = new ReportOffset(source, name, 0, 0);
        pending.add(output.quarantine(file, name, offset.partition(), offset.offset(), reason));
    }

    private void queue(String file, ReportIntake.Read read, ReportOffset done) {
        int accepted = 0;
        int rejected = 0;
        int found = 0;
        for (ReportRowMapping.RowResult row : read.rows()) {
            for (ReportRowMapping.Output item : row.outputs()) {
                if (done.covers(row.row(), item.cell())) {
                    continue;
                }
                ReportOffset offset = new ReportOffset(source, file, row.row(), item.cell());
                switch (item) {
                    case ReportRowMapping.Measured(int cell, var value) -> {
                        // Keyed by reporter too: two operators' figures for one commune and month are two values
                        // (combined downstream by the measure's rule), not one overwriting the other.
                        String key = value.getCommuneCode() + "|" + value.getMeasure() + "|" + value.getPeriod() + "|" + read.reporterKey();
                        pending.add(output.accepted(offset.partition(), offset.offset(), key, value));
                        accepted++;
                    }
                    case ReportRowMapping.CellRejected(int cell, Rejection rejection) -> {
                        pending.add(output.rejected(offset.partition(), offset.offset(), rejection));
                        rejected++;
                    }
                    case ReportRowMapping.RowRejected(Rejection rejection) -> {
                        pending.add(output.rejected(offset.partition(), offset.offset(), rejection));
                        rejected++;
                    }
                    case ReportRowMapping.Found(int cell, var finding) -> {
                        String key = finding.getFile() + "|" + finding.getRow() + "|" + finding.getKind() + "|" + (finding.getMeasure() == null ? "" : finding.getMeasure());
                        pending.add(output.to(config.findingsTopic(), offset.partition(), offset.offset(), key, finding));
                        found++;
                    }
                }
            }
        }
        if (accepted + rejected + found > 0) {
            LOG.info("{}: {} ({}{}): {} values accepted, {} rows or cells rejected to {}, {} findings to {}", connector, file, read.layout().period(),
                    read.replaces() == null ? "" : ", replacing " + read.replaces(), accepted, rejected, config.deadLetterTopic(), found, config.findingsTopic());
        }
    }

    @Override
    public void stop() {
        if (output != null) {
            output.close();
        }
    }
}
