package vn.thanhhoa.cds.connectors.document;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConnector;

/** Reads document-management exports (edXML envelopes with local metadata, JSON Lines) into {@code raw.document}. */
public final class DocumentFileSourceConnector extends FolderSourceConnector {

    @Override
    protected FolderSourceConfig parse(Map<String, String> props) {
        return new DocumentFileSourceConfig(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return DocumentFileSourceTask.class;
    }

    @Override
    public ConfigDef config() {
        return DocumentFileSourceConfig.CONFIG_DEF;
    }
}
