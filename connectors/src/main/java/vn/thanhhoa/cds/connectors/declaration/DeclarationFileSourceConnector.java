package vn.thanhhoa.cds.connectors.declaration;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConnector;

/** Reads commune declarations for qualitative indicators (JSON Lines) into {@code raw.declaration}. */
public final class DeclarationFileSourceConnector extends FolderSourceConnector {

    @Override
    protected FolderSourceConfig parse(Map<String, String> props) {
        return new DeclarationFileSourceConfig(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return DeclarationFileSourceTask.class;
    }

    @Override
    public ConfigDef config() {
        return DeclarationFileSourceConfig.CONFIG_DEF;
    }
}
