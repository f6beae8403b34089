package vn.thanhhoa.cds.streams.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.cds.streams.alerts.AlertPolicy;

class EngineConfigTest {

    private static Map<String, Object> required() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(EngineConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka:9092");
        settings.put(EngineConfig.REGISTRY_URL_CONFIG, "http://registry:8080");
        settings.put(EngineConfig.STATE_DIR_CONFIG, "/var/lib/cds/engine");
        return settings;
    }

    @Test
    void theAlertSettingsDefaultToThePolicyAndCanBeChanged() {
        assertThat(new EngineConfig(required()).alertPolicy()).isEqualTo(new AlertPolicy(2.0, 10, Duration.ofHours(72), Duration.ofDays(45)));

        Map<String, Object> settings = required();
        settings.put(EngineConfig.ALERT_BAND_CONFIG, "0.5");
        settings.put(EngineConfig.ALERT_STALE_AFTER_HOURS_CONFIG, "12");
        settings.put(EngineConfig.ALERT_REPORT_STALE_AFTER_DAYS_CONFIG, "40");
        assertThat(new EngineConfig(settings).alertPolicy()).isEqualTo(new AlertPolicy(0.5, 10, Duration.ofHours(12), Duration.ofDays(40)));
    }

    @Test
    void aSilenceOfNoTimeIsRefusedNamingTheSetting() {
        Map<String, Object> settings = required();
        settings.put(EngineConfig.ALERT_STALE_AFTER_HOURS_CONFIG, "0");
        assertThatThrownBy(() -> new EngineConfig(settings)).isInstanceOf(ConfigException.class).hasMessageContaining("alert.stale.after.hours");
    }

    @Test
    void everySettingIsDocumented() {
        EngineConfig.CONFIG_DEF.configKeys().values().forEach(key -> assertThat(key.documentation).as(key.name).isNotBlank());
    }
}
