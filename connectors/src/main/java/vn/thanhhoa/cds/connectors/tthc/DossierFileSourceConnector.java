package vn.thanhhoa.cds.connectors.tthc;

import vn.thanhhoa.cds.connectors.folder.FolderSourceConnector;

/** Reads the one-stop system's dossier exports (JSON Lines in a folder) into {@code raw.tthc.dossier}. */
public final class DossierFileSourceConnector extends FolderSourceConnector {

    public DossierFileSourceConnector() {
        super(DossierFileSourceConfig.CONFIG_DEF, DossierFileSourceConfig::new, DossierFileSourceTask.class);
    }
}
