package vn.thanhhoa.cds.streams.crash;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.streams.app.EngineConfig;
import vn.thanhhoa.cds.streams.app.IndicatorEngine;

/**
 * The engine alone in a JVM, for {@link EngineCrashTest} to kill: {@code <bootstrap servers>
 * <registry url> <state directory>}, "today" fixed at 25 November 2026 10:00 in Vietnam. Runs until killed.
 */
public final class EngineProcess {

    private EngineProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Clock today = Clock.fixed(LocalDateTime.parse("2026-11-25T10:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("UTC"));
        IndicatorEngine.start(new EngineConfig(Map.of(EngineConfig.BOOTSTRAP_SERVERS_CONFIG, args[0], EngineConfig.REGISTRY_URL_CONFIG, args[1],
                EngineConfig.STATE_DIR_CONFIG, args[2])), CatalogLoader.builtIn(), ReferenceData.load().units(), today);
        Thread.currentThread().join();
    }
}
