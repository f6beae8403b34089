package vn.thanhhoa.cds.cli.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.UnitLevel;
import vn.thanhhoa.cds.pipeline.reference.ConnectorReferenceFiles;
import vn.thanhhoa.cds.connectors.declaration.DeclarationFileSourceConfig;
import vn.thanhhoa.cds.connectors.document.DocumentFileSourceConfig;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.connectors.health.HealthRecordFileSourceConfig;
import vn.thanhhoa.cds.connectors.periodicreport.PeriodicReportFileSourceConfig;
import vn.thanhhoa.cds.connectors.report.ReportBodies;
import vn.thanhhoa.cds.connectors.report.ReportFileSourceConfig;
import vn.thanhhoa.cds.schemas.raw.ReportSource;
import vn.thanhhoa.cds.connectors.task.TaskFileSourceConfig;
import vn.thanhhoa.cds.connectors.tthc.DossierFileSourceConfig;
import vn.thanhhoa.cds.pipeline.setup.ConnectorDeclaration;
import vn.thanhhoa.cds.simulators.declaration.DeclarationSimulator;
import vn.thanhhoa.cds.simulators.periodicreport.PeriodicReportExportSimulator;
import vn.thanhhoa.cds.simulators.task.TaskExportSimulator;
import vn.thanhhoa.cds.simulators.document.DocumentExportSimulator;
import vn.thanhhoa.cds.simulators.document.ExpectedDocument;
import vn.thanhhoa.cds.simulators.periodicreport.PeriodicReportFeed;
import vn.thanhhoa.cds.simulators.report.ReportFeed;
import vn.thanhhoa.cds.simulators.task.TaskFeed;
import vn.thanhhoa.cds.simulators.health.HealthExportSimulator;
import vn.thanhhoa.cds.simulators.report.MonthlyReportSimulator;
import vn.thanhhoa.cds.simulators.scale.SimulationScale;
import vn.thanhhoa.cds.simulators.tthc.DossierExportSimulator;
import vn.thanhhoa.cds.simulators.tthc.DossierFeed;
import vn.thanhhoa.cds.simulators.tthc.SimulatedAgency;

/**
 * The simulated source systems of the demo and the connectors reading them, for all 166 communes and
 * wards (admin-units data), at a {@link SimulationScale} (the demo's: 16 months from July 2025). Feeds
 * are written once into the data folder; connector offsets live in the Connect worker's offset file, so a second run reads only what
 * is new.
 */
public final class DemoSources {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSources.class);
    private static final long SEED = 2026;
    /** The communes simulated are those valid on this day: the 166 since the reform. */
    private static final java.time.LocalDate SIMULATED_DAY = java.time.LocalDate.of(2025, 7, 1);

    private final SimulationScale scale;
    private final Path root;
    private final Path pseudonymKey;
    private final ReferenceData reference;
    private final Map<String, String> communes = new LinkedHashMap<>();
    private final List<SimulatedAgency> agencies;

    DemoSources(Path dataDirectory, ReferenceData reference) {
        this(dataDirectory, reference, SimulationScale.demo());
    }

    public DemoSources(Path dataDirectory, ReferenceData reference, SimulationScale scale) {
        this.scale = scale;
        this.root = dataDirectory.resolve("sources");
        this.pseudonymKey = dataDirectory.resolve("secrets/pseudonym.key");
        this.reference = reference;
        List<AdministrativeUnit> units = reference.units().validOn(SIMULATED_DAY, UnitLevel.COMMUNE);
        units.forEach(unit -> communes.put(unit.code(), unit.name()));
        this.agencies = units.stream()
                .map(unit -> new SimulatedAgency(reference.agencies().codeFor(unit).orElseThrow(
                        () -> new IllegalStateException("no agency code for " + unit)).agencyCode(), unit.code()))
                .toList();
    }

    /**
     * The simulator's own account of the dossiers the demo feeds (the same seed and settings),
     * written into {@code scratch}: what a test compares the engine's values with.
     */
    public DossierFeed dossierAccount(Path scratch) {
        return new DossierExportSimulator(SEED, agencies, scale.firstMonth(), scale.months(), scale.dossiers()).writeTo(scratch);
    }

    /** The document simulator's account (same seed and settings as the feed), its files written into {@code scratch}. */
    public List<ExpectedDocument> documentAccount(Path scratch) {
        return new DocumentExportSimulator(SEED, agencies, scale.firstMonth(), scale.months(), scale.documents()).writeTo(scratch).acceptedDocuments();
    }

    /** The task simulator's account (same seed and settings as the feed), its files written into {@code scratch}. */
    public TaskFeed taskAccount(Path scratch) {
        return new TaskExportSimulator(SEED, agencies, scale.firstMonth(), scale.months(), scale.tasks()).writeTo(scratch);
    }

    /** The periodic-report simulator's account (same seed and settings as the feed), its files written into {@code scratch}. */
    public PeriodicReportFeed periodicReportAccount(Path scratch) {
        return new PeriodicReportExportSimulator(SEED, agencies, scale.firstMonth(), scale.months()).writeTo(scratch);
    }

    /** The monthly reports' account (bank, telecom, power; same seed and settings as the feed), the files written into {@code scratch}. */
    public ReportFeed reportAccount(Path scratch) {
        return new MonthlyReportSimulator(SEED, communes, scale.firstMonth(), scale.months())
                .writeTo(scratch.resolve("bank"), scratch.resolve("telecom"), scratch.resolve("power"));
    }

    /** The declarations' account (same seed and communes as the feed), the file written into {@code scratch}. */
    public DeclarationSimulator.Result declarationAccount(Path scratch) {
        return new DeclarationSimulator(SEED, List.copyOf(communes.keySet())).writeTo(scratch.resolve("ke-khai-2026.jsonl"));
    }

    /**
     * Writes the simulated feeds into their folders, on the first run only: a run that wants the stack's
     * memory without the simulators' (a benchmark) writes them in a process of their own first.
     */
    public void writeFeeds() {
        try {
            feeds();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the simulated feeds in " + root + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the simulated feeds (on the first run only) and the connectors' reference files, and
     * returns the source connectors reading them, for the setup to deploy.
     */
    List<ConnectorDeclaration> connectors(String registry) {
        List<ConnectorDeclaration> connectors = new ArrayList<>();
        try {
            Feeds feeds = feeds();
            ConnectorReferenceFiles files = new ConnectorReferenceFiles(reference);
            Path agencyMapping = files.writeAgencyMapping(root.resolve("agencies.csv"));
            Path communeCodes = files.writeCommuneCodes(communeCodes());
            String key = pseudonymKey().toString();

            connectors.add(new ConnectorDeclaration("one-stop-dossiers", DossierFileSourceConfig.connectorConfig(settings(feeds.dossiers(), registry,
                    Map.of(DossierFileSourceConfig.AGENCY_MAPPING_CONFIG, agencyMapping.toString(), DossierFileSourceConfig.PSEUDONYM_KEY_FILE_CONFIG, key)))));
            connectors.add(new ConnectorDeclaration("health-records", HealthRecordFileSourceConfig.connectorConfig(settings(feeds.health(), registry,
                    Map.of(HealthRecordFileSourceConfig.COMMUNE_CODES_CONFIG, communeCodes.toString(), HealthRecordFileSourceConfig.PSEUDONYM_KEY_FILE_CONFIG, key)))));
            connectors.add(new ConnectorDeclaration("documents", DocumentFileSourceConfig.connectorConfig(settings(feeds.documents(), registry,
                    Map.of(DocumentFileSourceConfig.AGENCY_MAPPING_CONFIG, agencyMapping.toString())))));
            for (ReportSource body : ReportBodies.all()) {
                connectors.add(new ConnectorDeclaration(ReportBodies.name(body) + "-reports", ReportFileSourceConfig.connectorConfig(settings(feeds.reports().get(body.name()), registry,
                        Map.of(ReportFileSourceConfig.SOURCE_CONFIG, body.name(), ReportFileSourceConfig.COMMUNE_CODES_CONFIG, communeCodes.toString())))));
            }
            connectors.add(new ConnectorDeclaration("tasks", TaskFileSourceConfig.connectorConfig(settings(feeds.tasks(), registry,
                    Map.of(TaskFileSourceConfig.AGENCY_MAPPING_CONFIG, agencyMapping.toString())))));
            connectors.add(new ConnectorDeclaration("periodic-reports", PeriodicReportFileSourceConfig.connectorConfig(settings(feeds.periodicReports(), registry,
                    Map.of(PeriodicReportFileSourceConfig.AGENCY_MAPPING_CONFIG, agencyMapping.toString())))));
            connectors.add(new ConnectorDeclaration("declarations", DeclarationFileSourceConfig.connectorConfig(settings(feeds.declarations(), registry,
                    Map.of(DeclarationFileSourceConfig.COMMUNE_CODES_CONFIG, communeCodes.toString())))));
        } catch (IOException e) {
            throw new UncheckedIOException("Preparing the simulated sources in " + root + " failed: " + e.getMessage(), e);
        }
        return connectors;
    }

    /** The source folders, each filled by its simulator when empty. */
    private Feeds feeds() throws IOException {
        Path dossiers = feed("tthc", folder -> new DossierExportSimulator(SEED, agencies, scale.firstMonth(), scale.months(), scale.dossiers()).writeTo(folder));
        Path health = feed("health", folder -> new HealthExportSimulator(SEED, List.copyOf(communes.keySet()), scale.firstMonth(), scale.months(), scale.people()).writeTo(folder));
        Path documents = feed("document", folder -> new DocumentExportSimulator(SEED, agencies, scale.firstMonth(), scale.months(), scale.documents()).writeTo(folder));
        Map<String, Path> reports = reportInboxes();
        boolean noReports = true;
        for (Path folder : reports.values()) {
            noReports &= isEmpty(folder);
        }
        if (noReports) {
            new MonthlyReportSimulator(SEED, communes, scale.firstMonth(), scale.months()).writeTo(reports.get(ReportSource.BANK.name()),
                    reports.get(ReportSource.TELECOM.name()), reports.get(ReportSource.POWER.name()));
        }
        Path tasks = feed("task", folder -> new TaskExportSimulator(SEED, agencies, scale.firstMonth(), scale.months(), scale.tasks()).writeTo(folder));
        Path periodicReports = feed("periodic-report", folder -> new PeriodicReportExportSimulator(SEED, agencies, scale.firstMonth(), scale.months()).writeTo(folder));
        Path declarations = feed("declaration", folder -> new DeclarationSimulator(SEED, List.copyOf(communes.keySet())).writeTo(folder.resolve("ke-khai-2026.jsonl")));
        return new Feeds(dossiers, health, documents, reports, tasks, periodicReports, declarations);
    }

    private record Feeds(Path dossiers, Path health, Path documents, Map<String, Path> reports, Path tasks, Path periodicReports, Path declarations) {
    }

    /** The one-stop connector's watched folder, where a live feed adds its export files. */
    public Path dossierInbox() {
        return root.resolve("tthc").resolve("in");
    }

    /** The simulated one-stop agencies, one per commune, as the dossier feed uses them. */
    public List<SimulatedAgency> agencies() {
        return agencies;
    }

    /** The declaration connector's watched folder, where the dashboard's declaration page puts each declaration. */
    Path declarationInbox() {
        return root.resolve("declaration").resolve("in");
    }

    /** The commune list the connectors read (written by {@link #connectors}), for the page's check to read alike. */
    Path communeCodes() {
        return root.resolve("communes.csv");
    }

    /** The watched folders of the monthly reports by reporting body, where the dashboard puts uploaded files. */
    Map<String, Path> reportInboxes() {
        return ReportBodies.inputFolders(root);
    }

    /** The source's input folder, filled by the simulator on the first run only. */
    private Path feed(String source, Consumer<Path> simulator) throws IOException {
        Path folder = root.resolve(source).resolve("in");
        if (isEmpty(folder)) {
            simulator.accept(folder);
            LOG.info("Simulated {} feed written to {}", source, folder);
        }
        return folder;
    }

    private static Map<String, String> settings(Path input, String registry, Map<String, String> specific) {
        Map<String, String> settings = new HashMap<>(specific);
        settings.put(FolderSourceConfig.INPUT_DIR_CONFIG, input.toString());
        settings.put(FolderSourceConfig.QUARANTINE_DIR_CONFIG, input.resolveSibling("quarantine").toString());
        settings.put(FolderSourceConfig.REGISTRY_URL_CONFIG, registry);
        // A new file waits at most this long before it is read: the default (1 s) was half the live
        // delay budget of 2 s from a line written at the source to the dashboard.
        settings.put(FolderSourceConfig.POLL_INTERVAL_CONFIG, "250");
        return settings;
    }


    /** The demo's pseudonymisation key, made once; kept beside the data, outside every topic and table. */
    private Path pseudonymKey() throws IOException {
        if (!Files.exists(pseudonymKey)) {
            Files.createDirectories(pseudonymKey.getParent());
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Files.writeString(pseudonymKey, "demo1:" + Base64.getEncoder().encodeToString(secret) + "\n");
            Files.setPosixFilePermissions(pseudonymKey, PosixFilePermissions.fromString("rw-------"));
        }
        return pseudonymKey;
    }

    private static boolean isEmpty(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (var files = Files.list(directory)) {
            return files.findAny().isEmpty();
        }
    }
}
