package vn.thanhhoa.cds.cli.report;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.cli.Settings;
import vn.thanhhoa.cds.cli.UntilStopped;
import vn.thanhhoa.cds.reports.service.ReportsConfig;
import vn.thanhhoa.cds.reports.service.ReportsService;
import vn.thanhhoa.cds.store.jdbc.JdbcClickHouse;

/**
 * {@code ./cds reports}: the monthly reports on their schedule and the alert notifications, against
 * real Kafka, a registry and a ClickHouse server (docker-compose's {@code reports} service). The
 * demo runs the same service in its JVM. Settings: {@code --set key=value} or {@code CDS_*} variables,
 * the reports' own ({@link ReportsConfig}) and where the servers are.
 */
public final class ReportsServiceCommand {

    static final String BOOTSTRAP_SERVERS_CONFIG = "kafka.bootstrap.servers";
    static final String REGISTRY_URL_CONFIG = "schema.registry.url";
    static final String CLICKHOUSE_URL_CONFIG = "clickhouse.jdbc.url";
    static final String CLICKHOUSE_USER_CONFIG = "clickhouse.user";
    static final String CLICKHOUSE_PASSWORD_CONFIG = "clickhouse.password";

    static final ConfigDef CONFIG_DEF = new ConfigDef(ReportsConfig.CONFIG_DEF)
            .define(BOOTSTRAP_SERVERS_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, "Kafka bootstrap servers.")
            .define(REGISTRY_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, "Base URL of the schema registry.")
            .define(CLICKHOUSE_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH, "JDBC URL of the ClickHouse server.")
            .define(CLICKHOUSE_USER_CONFIG, Type.STRING, "default", Importance.MEDIUM, "ClickHouse user.")
            .define(CLICKHOUSE_PASSWORD_CONFIG, Type.PASSWORD, "", Importance.MEDIUM, "Its password.");

    public int run(List<String> args, PrintStream out) {
        Map<String, Object> settings = Settings.of(args, CONFIG_DEF, "reports", System.getenv());
        AbstractConfig servers = new AbstractConfig(CONFIG_DEF, settings, false);
        if (!servers.getString(CLICKHOUSE_URL_CONFIG).startsWith("jdbc:clickhouse:")) {
            throw new ConfigException(CLICKHOUSE_URL_CONFIG, servers.getString(CLICKHOUSE_URL_CONFIG), "must start with jdbc:clickhouse:");
        }
        ReportsConfig config = new ReportsConfig(settings);
        JdbcClickHouse clickHouse = JdbcClickHouse.connect(servers.getString(CLICKHOUSE_URL_CONFIG), servers.getString(CLICKHOUSE_USER_CONFIG),
                servers.getPassword(CLICKHOUSE_PASSWORD_CONFIG).value());
        ReportsService service = ReportsService.start(config, clickHouse, CatalogLoader.builtIn(), ReferenceData.load(),
                Optional.of(new ReportsService.KafkaEndpoints(servers.getString(BOOTSTRAP_SERVERS_CONFIG), servers.getString(REGISTRY_URL_CONFIG))),
                Clock.systemUTC());
        out.println("Monthly reports and alert notifications running against " + servers.getString(BOOTSTRAP_SERVERS_CONFIG) + " and " + clickHouse.describe());
        return UntilStopped.await(() -> {
            service.close();
            clickHouse.close();
        }, out);
    }
}
