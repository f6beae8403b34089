package vn.thanhhoa.cds.connectors.declaration;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.catalog.load.DirectoryCatalogFiles;
import vn.thanhhoa.cds.catalog.load.LoadResult;
import vn.thanhhoa.cds.connectors.ReferenceSettings;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;
import vn.thanhhoa.cds.schemas.data.DataFinding;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/** Settings of the declaration connector: the folder settings, the commune codes and the indicator catalog. */
public final class DeclarationFileSourceConfig extends FolderSourceConfig {

    public static final String COMMUNE_CODES_CONFIG = ReferenceSettings.COMMUNE_CODES_CONFIG;

    public static final String CATALOG_DIR_CONFIG = "catalog.dir";
    private static final String CATALOG_DIR_DOC = "Folder of the indicator catalog (index.yaml, measures, indicator sets) that decides which "
            + "indicators a commune may declare and how. Empty: the catalog built into the connector.";

    public static final ConfigDef CONFIG_DEF = ReferenceSettings.communeCodes(base(PipelineTopics.RAW_DECLARATION.name(), "*.jsonl"),
                    "a declaration for a code that is not a unit on its date is rejected.")
            .define(CATALOG_DIR_CONFIG, Type.STRING, "", Importance.MEDIUM, CATALOG_DIR_DOC,
                    ReferenceSettings.GROUP_REFERENCE, 2, ConfigDef.Width.LONG, "Indicator catalog");

    public DeclarationFileSourceConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    public static Map<String, String> connectorConfig(Map<String, String> settings) {
        return connectorConfig(DeclarationFileSourceConnector.class, settings);
    }

    @Override
    public Map<String, Runnable> referenceChecks() {
        Map<String, Runnable> checks = super.referenceChecks();
        checks.put(COMMUNE_CODES_CONFIG, () -> ReferenceSettings.communeCodes(this));
        checks.put(CATALOG_DIR_CONFIG, this::catalog);
        return checks;
    }

    public Path communeCodesFile() {
        return ReferenceSettings.communeCodesFile(this);
    }

    /** The configured catalog, or the built-in one; a catalog with errors is a configuration error naming its first one. */
    public Catalog catalog() {
        String folder = getString(CATALOG_DIR_CONFIG);
        if (folder.isBlank()) {
            return CatalogLoader.builtIn();
        }
        LoadResult loaded = CatalogLoader.load(new DirectoryCatalogFiles(Path.of(folder)));
        Optional<DataFinding> error = loaded.findings().stream().filter(DataFinding::isError).findFirst();
        if (error.isPresent()) {
            throw new ConfigException(CATALOG_DIR_CONFIG, folder, "the catalog has errors, the first: " + error.get());
        }
        return loaded.catalog();
    }
}
