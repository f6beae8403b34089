package vn.thanhhoa.cds.connectors.document;

import java.util.Map;
import vn.thanhhoa.cds.connectors.folder.LineFileSourceTask;
import vn.thanhhoa.cds.schemas.raw.DocumentRecorded;

/** Reads document-management export files; each line is one document event (see {@link DocumentRecordMapping}). */
public final class DocumentFileSourceTask extends LineFileSourceTask<DocumentRecorded> {

    @Override
    protected Setup<DocumentRecorded> setUp(Map<String, String> props) {
        DocumentFileSourceConfig config = new DocumentFileSourceConfig(props);
        return new Setup<>(config, new DocumentRecordMapping(config.agencyMapping()), "document", "document-file");
    }
}
