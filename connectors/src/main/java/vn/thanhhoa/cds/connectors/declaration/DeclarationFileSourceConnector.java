package vn.thanhhoa.cds.connectors.declaration;

import vn.thanhhoa.cds.connectors.folder.FolderSourceConnector;

/** Reads commune declarations for qualitative indicators (JSON Lines) into {@code raw.declaration}. */
public final class DeclarationFileSourceConnector extends FolderSourceConnector {

    public DeclarationFileSourceConnector() {
        super(DeclarationFileSourceConfig.CONFIG_DEF, DeclarationFileSourceConfig::new, DeclarationFileSourceTask.class);
    }
}
