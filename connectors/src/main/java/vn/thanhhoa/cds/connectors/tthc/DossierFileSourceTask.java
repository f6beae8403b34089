package vn.thanhhoa.cds.connectors.tthc;

import java.util.Map;
import vn.thanhhoa.cds.connectors.ReferenceSettings;
import vn.thanhhoa.cds.connectors.agency.AgencyCommuneMapping;
import vn.thanhhoa.cds.connectors.folder.LineFileSourceTask;
import vn.thanhhoa.cds.connectors.privacy.Pseudonymiser;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;

/** Reads one-stop export files; each line is a dossier snapshot (see {@link DossierRecordMapping}). */
public final class DossierFileSourceTask extends LineFileSourceTask<DossierStatusChanged> {

    static final String SOURCE = "tthc";

    @Override
    protected Setup<DossierStatusChanged> setUp(Map<String, String> props) {
        DossierFileSourceConfig config = new DossierFileSourceConfig(props);
        AgencyCommuneMapping agencies = config.agencyMapping();
        Pseudonymiser pseudonymiser = new Pseudonymiser(ReferenceSettings.pseudonymKey(config));
        return new Setup<>(config, new DossierRecordMapping(agencies, pseudonymiser), SOURCE, "one-stop-dossier-file");
    }
}
