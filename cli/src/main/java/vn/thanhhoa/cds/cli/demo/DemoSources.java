package vn.thanhhoa.cds.cli.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.connectors.tthc.DossierFileSourceConfig;
import vn.thanhhoa.cds.runtime.EmbeddedStack;
import vn.thanhhoa.cds.simulators.tthc.DossierExportSimulator;
import vn.thanhhoa.cds.simulators.tthc.DossierFeed;
import vn.thanhhoa.cds.simulators.tthc.SimulatedAgency;

/**
 * The simulated source systems of the demo and the connectors reading them. Feeds are written once
 * into the demo's data folder; connector offsets live in the Connect worker's offset file, so a
 * second run reads only what is new.
 */
final class DemoSources {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSources.class);
    static final String DOSSIER_CONNECTOR = "one-stop-dossiers";

    /**
     * Post-reform units of the seed communes (codes valid from 2025-07-01) with generated agency
     * codes; replaced by the full agency table of the admin-units module when it lands.
     */
    private static final List<SimulatedAgency> AGENCIES = List.of(
            new SimulatedAgency("000.37.63.H56", "15763"),
            new SimulatedAgency("000.38.89.H56", "15889"),
            new SimulatedAgency("000.34.42.H56", "15442"),
            new SimulatedAgency("000.34.21.H56", "15421"),
            new SimulatedAgency("000.33.49.H56", "15349"),
            new SimulatedAgency("000.07.58.H56", "14758"));

    private final Path root;

    DemoSources(Path dataDirectory) {
        this.root = dataDirectory.resolve("sources");
    }

    void start(EmbeddedStack stack) {
        Path dossiers = root.resolve("tthc/in");
        try {
            Files.createDirectories(dossiers);
            if (isEmpty(dossiers)) {
                DossierFeed feed = new DossierExportSimulator(2026, AGENCIES, YearMonth.of(2025, 7), 16, 6000).writeTo(dossiers);
                LOG.info("Simulated one-stop exports: {} files, {} lines, {} of them faulty on purpose", feed.files().size(),
                        feed.linesWritten(), feed.rejectedLines());
            }
            Path agencies = root.resolve("tthc/agencies.csv");
            StringBuilder csv = new StringBuilder("agency_code,commune_code,valid_from,valid_to\n");
            AGENCIES.forEach(agency -> csv.append(agency.agencyCode()).append(',').append(agency.communeCode()).append(",2025-07-01,\n"));
            Files.writeString(agencies, csv);

            Map<String, String> settings = new HashMap<>();
            settings.put(DossierFileSourceConfig.INPUT_DIR_CONFIG, dossiers.toString());
            settings.put(DossierFileSourceConfig.QUARANTINE_DIR_CONFIG, root.resolve("tthc/quarantine").toString());
            settings.put(DossierFileSourceConfig.AGENCY_MAPPING_CONFIG, agencies.toString());
            settings.put(DossierFileSourceConfig.PSEUDONYM_KEY_FILE_CONFIG, pseudonymKey().toString());
            settings.put(DossierFileSourceConfig.REGISTRY_URL_CONFIG, stack.registry().url());
            stack.connect().deploy(DOSSIER_CONNECTOR, DossierFileSourceConfig.connectorConfig(settings));
        } catch (IOException e) {
            throw new UncheckedIOException("Preparing the simulated sources in " + root + " failed: " + e.getMessage(), e);
        }
    }

    /** The demo's pseudonymisation key, made once; kept beside the data, outside every topic and table. */
    private Path pseudonymKey() throws IOException {
        Path key = root.getParent().resolve("secrets/pseudonym.key");
        if (!Files.exists(key)) {
            Files.createDirectories(key.getParent());
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Files.writeString(key, "demo1:" + Base64.getEncoder().encodeToString(secret) + "\n");
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        }
        return key;
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.findAny().isEmpty();
        }
    }
}
