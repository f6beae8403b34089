package vn.thanhhoa.cds.pipeline.setup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.pipeline.reference.ConnectorReferenceFiles;

/**
 * Writes the reference files the connectors read ({@value #AGENCIES}, {@value #COMMUNES}) into a
 * folder the Connect workers share, before the connectors are deployed; a file already current is
 * not rewritten.
 */
final class ConnectorFileSetup {

    static final String NAME = "connector reference files";
    public static final String AGENCIES = "agencies.csv";
    public static final String COMMUNES = "communes.csv";

    SetupStep run(ReferenceData data, Path folder) {
        ConnectorReferenceFiles files = new ConnectorReferenceFiles(data);
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Path agencies = folder.resolve(AGENCIES);
        if (files.isCurrent(agencies, true)) {
            unchanged.add(agencies.toString());
        } else {
            changed.add(files.writeAgencyMapping(agencies).toString());
        }
        Path communes = folder.resolve(COMMUNES);
        if (files.isCurrent(communes, false)) {
            unchanged.add(communes.toString());
        } else {
            changed.add(files.writeCommuneCodes(communes).toString());
        }
        return new SetupStep(NAME, changed, unchanged, List.of());
    }
}
