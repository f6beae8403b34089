package vn.thanhhoa.cds.connectors;

import java.nio.file.Path;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import vn.thanhhoa.cds.connectors.agency.AgencyCommuneMapping;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.privacy.PseudonymKey;

/**
 * The settings several connectors share, defined once and composed into each connector's
 * {@link ConfigDef} (after Aiven's config fragments): the commune list, the pseudonymisation key file
 * and the agency-to-commune mapping. Each connector adds only the sentence saying what it does with
 * the file; the key, type, group, the file's format and how it is read are here.
 */
public final class ReferenceSettings {

    public static final String COMMUNE_CODES_CONFIG = "commune.codes.file";
    public static final String PSEUDONYM_KEY_FILE_CONFIG = "pseudonym.key.file";
    public static final String AGENCY_MAPPING_CONFIG = "agency.mapping.file";
    public static final String GROUP_REFERENCE = "Reference data";
    public static final String GROUP_PRIVACY = "Privacy";

    private static final String COMMUNE_CODES_DOC = "CSV of commune-level unit codes with validity (commune_code,valid_from,valid_to): ";
    private static final String PSEUDONYM_KEY_FILE_DOC = "File holding the pseudonymisation key, one line '<key id>:<base64 secret of at least 32 bytes>'. ";
    private static final String AGENCY_MAPPING_DOC = "CSV mapping office (agency) codes to commune-level units with validity dates "
            + "(agency_code,commune_code,valid_from,valid_to): ";

    private ReferenceSettings() {
    }

    /** Adds {@value #COMMUNE_CODES_CONFIG}; {@code use} says what the connector rejects with it. */
    public static ConfigDef communeCodes(ConfigDef definition, String use) {
        return definition.define(COMMUNE_CODES_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
                COMMUNE_CODES_DOC + use, GROUP_REFERENCE, 1, ConfigDef.Width.LONG, "Commune codes");
    }

    /** Adds {@value #PSEUDONYM_KEY_FILE_CONFIG}; {@code use} says which identifier the key replaces. */
    public static ConfigDef pseudonymKeyFile(ConfigDef definition, String use) {
        return definition.define(PSEUDONYM_KEY_FILE_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
                PSEUDONYM_KEY_FILE_DOC + use, GROUP_PRIVACY, 1, ConfigDef.Width.LONG, "Pseudonym key file");
    }

    /** Adds {@value #AGENCY_MAPPING_CONFIG}; {@code use} says how the source's records find their commune. */
    public static ConfigDef agencyMapping(ConfigDef definition, String use) {
        return definition.define(AGENCY_MAPPING_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
                AGENCY_MAPPING_DOC + use, GROUP_REFERENCE, 1, ConfigDef.Width.LONG, "Agency mapping");
    }

    public static Path communeCodesFile(AbstractConfig config) {
        return Path.of(config.getString(COMMUNE_CODES_CONFIG));
    }

    public static Path pseudonymKeyFile(AbstractConfig config) {
        return Path.of(config.getString(PSEUDONYM_KEY_FILE_CONFIG));
    }

    public static Path agencyMappingFile(AbstractConfig config) {
        return Path.of(config.getString(AGENCY_MAPPING_CONFIG));
    }

    /** Reads the commune list; an unreadable or malformed file is a configuration error naming the setting, file and line. */
    public static CommuneCodes communeCodes(AbstractConfig config) {
        return CommuneCodes.read(communeCodesFile(config), COMMUNE_CODES_CONFIG);
    }

    /** Reads the key; a missing or malformed file is a configuration error naming the setting. */
    public static PseudonymKey pseudonymKey(AbstractConfig config) {
        return PseudonymKey.readFrom(pseudonymKeyFile(config), PSEUDONYM_KEY_FILE_CONFIG);
    }

    /** Reads the mapping; a malformed file is a configuration error naming the setting, file and line. */
    public static AgencyCommuneMapping agencyMapping(AbstractConfig config) {
        return AgencyCommuneMapping.read(agencyMappingFile(config), AGENCY_MAPPING_CONFIG);
    }
}
