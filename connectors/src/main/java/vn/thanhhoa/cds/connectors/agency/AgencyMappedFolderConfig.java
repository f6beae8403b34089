package vn.thanhhoa.cds.connectors.agency;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import vn.thanhhoa.cds.connectors.ReferenceSettings;
import vn.thanhhoa.cds.connectors.folder.FolderSourceConfig;

/**
 * Settings of a folder source whose records name an office (agency code) rather than a commune: the
 * folder settings plus the agency-to-commune mapping. One-stop dossiers, documents, tasks and
 * periodic reports all reach their commune this way.
 */
public abstract class AgencyMappedFolderConfig extends FolderSourceConfig {

    public static final String AGENCY_MAPPING_CONFIG = ReferenceSettings.AGENCY_MAPPING_CONFIG;
    protected static final String GROUP_REFERENCE = ReferenceSettings.GROUP_REFERENCE;

    /**
     * The folder settings and {@value #AGENCY_MAPPING_CONFIG}.
     *
     * @param whichCommune how the source's records find their commune, ending the setting's documentation
     */
    protected static ConfigDef define(String defaultTopic, String defaultGlob, String whichCommune) {
        return ReferenceSettings.agencyMapping(base(defaultTopic, defaultGlob), whichCommune);
    }

    protected AgencyMappedFolderConfig(ConfigDef definition, Map<?, ?> originals) {
        super(definition, originals);
    }

    public Path agencyMappingFile() {
        return ReferenceSettings.agencyMappingFile(this);
    }

    @Override
    public Map<String, Runnable> referenceChecks() {
        Map<String, Runnable> checks = super.referenceChecks();
        checks.put(AGENCY_MAPPING_CONFIG, this::agencyMapping);
        return checks;
    }

    /** Reads the mapping; a malformed file is a configuration error naming the setting, file and line. */
    public AgencyCommuneMapping agencyMapping() {
        return ReferenceSettings.agencyMapping(this);
    }
}
