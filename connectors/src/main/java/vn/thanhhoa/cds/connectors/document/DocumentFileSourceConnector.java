package vn.thanhhoa.cds.connectors.document;

import vn.thanhhoa.cds.connectors.folder.FolderSourceConnector;

/** Reads document-management exports (edXML envelopes with local metadata, JSON Lines) into {@code raw.document}. */
public final class DocumentFileSourceConnector extends FolderSourceConnector {

    public DocumentFileSourceConnector() {
        super(DocumentFileSourceConfig.CONFIG_DEF, DocumentFileSourceConfig::new, DocumentFileSourceTask.class);
    }
}
