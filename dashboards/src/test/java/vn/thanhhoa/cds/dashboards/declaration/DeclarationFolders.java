package vn.thanhhoa.cds.dashboards.declaration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.thanhhoa.cds.catalog.declaration.DeclarableIndicators;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.declaration.DeclarationLineCheck;
import vn.thanhhoa.cds.connectors.declaration.DeclarationMapping;
import vn.thanhhoa.cds.dashboards.units.Communes;

/**
 * The declaration connector's folder and the evidence folder of a test, with the connector's own
 * mapping (today's communes, the built-in catalog) as the dashboard's check, as cli wires it.
 */
public final class DeclarationFolders {

    public static final long EVIDENCE_MAX_BYTES = 1024 * 1024;

    private final Path inbox;
    private final Path evidence;
    private final DeclarationMapping mapping;
    private final DeclarationDesk desk;

    public DeclarationFolders(Path directory, Communes communes) throws IOException {
        this.inbox = Files.createDirectories(directory.resolve("declaration-in"));
        this.evidence = directory.resolve("evidence");
        Path codes = Files.writeString(directory.resolve("communes.csv"), "commune_code,valid_from,valid_to\n"
                + communes.all().stream().map(c -> c.code() + ",2025-07-01,\n").collect(Collectors.joining()));
        CommuneCodes communeCodes = CommuneCodes.read(codes, "commune.codes.file");
        DeclarableIndicators declarable = new DeclarableIndicators(CatalogLoader.builtIn());
        this.mapping = new DeclarationMapping(communeCodes, declarable);
        DeclarationLineCheck check = new DeclarationLineCheck(communeCodes, declarable);
        this.desk = new DeclarationDesk(new DeclarationForm(declarable), new EvidenceStore(evidence, EVIDENCE_MAX_BYTES),
                new DeclarationInbox(inbox, check::refusal), Clock.systemUTC());
    }

    public DeclarationDesk desk() {
        return desk;
    }

    public DeclarationMapping mapping() {
        return mapping;
    }

    public Path inbox() {
        return inbox;
    }

    public Path evidence() {
        return evidence;
    }

    /** Every file in the connector's folder, hidden ones too, by name. */
    public List<Path> inboxFiles() throws IOException {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.sorted().toList();
        }
    }

    /** Every file under the evidence folder, the staging folder's too. */
    public List<Path> evidenceFiles() throws IOException {
        try (Stream<Path> files = Files.walk(evidence)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
