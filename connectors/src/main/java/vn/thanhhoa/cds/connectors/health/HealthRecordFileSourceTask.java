package vn.thanhhoa.cds.connectors.health;

import java.util.Map;
import vn.thanhhoa.cds.connectors.ReferenceSettings;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.folder.LineFileSourceTask;
import vn.thanhhoa.cds.connectors.privacy.Pseudonymiser;
import vn.thanhhoa.cds.schemas.raw.HealthRecordEvent;

/** Reads health gateway export files; each line is one receipt (see {@link HealthRecordMapping}). */
public final class HealthRecordFileSourceTask extends LineFileSourceTask<HealthRecordEvent> {

    @Override
    protected Setup<HealthRecordEvent> setUp(Map<String, String> props) {
        HealthRecordFileSourceConfig config = new HealthRecordFileSourceConfig(props);
        CommuneCodes communes = ReferenceSettings.communeCodes(config);
        Pseudonymiser pseudonymiser = new Pseudonymiser(ReferenceSettings.pseudonymKey(config));
        return new Setup<>(config, new HealthRecordMapping(communes, pseudonymiser), "health", "health-record-file");
    }
}
