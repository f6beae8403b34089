package vn.thanhhoa.cds.cli.streams;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.cli.Settings;
import vn.thanhhoa.cds.cli.UntilStopped;
import vn.thanhhoa.cds.streams.app.EngineConfig;
import vn.thanhhoa.cds.streams.app.IndicatorEngine;

/**
 * {@code ./cds streams}: the indicator engine against real Kafka and a registry (docker-compose's
 * {@code streams} service, production). Options {@code --set key=value} or {@code CDS_*} variables.
 */
public final class StreamsCommand {

    public int run(List<String> args, PrintStream out) {
        Map<String, Object> settings = Settings.of(args, EngineConfig.CONFIG_DEF, "streams", System.getenv());
        settings.putIfAbsent(EngineConfig.STATE_DIR_CONFIG, Path.of("var", "streams").toString());
        EngineConfig config = new EngineConfig(settings);
        try {
            Files.createDirectories(config.stateDirectory());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The engine's state folder " + config.stateDirectory() + " cannot be created: " + e.getMessage(), e);
        }
        IndicatorEngine engine = IndicatorEngine.start(config, CatalogLoader.builtIn(), ReferenceData.load().units(), Clock.systemUTC());
        out.println("Indicator engine running against " + settings.get(EngineConfig.BOOTSTRAP_SERVERS_CONFIG) + "; state in " + config.stateDirectory());
        return UntilStopped.await(engine, out);
    }
}
