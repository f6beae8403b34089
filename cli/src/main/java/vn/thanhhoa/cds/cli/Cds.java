package vn.thanhhoa.cds.cli;

import java.io.PrintStream;
import java.util.List;
import org.apache.kafka.common.config.ConfigException;
import vn.thanhhoa.cds.cli.catalog.CatalogCommand;
import vn.thanhhoa.cds.cli.demo.DemoCommand;
import vn.thanhhoa.cds.cli.replay.ReplayCommand;
import vn.thanhhoa.cds.cli.serve.ServeCommand;
import vn.thanhhoa.cds.cli.setup.SetupCommand;
import vn.thanhhoa.cds.cli.streams.StreamsCommand;
import vn.thanhhoa.cds.runtime.network.StackStartException;

/**
 * The {@code cds} command. Errors the user can fix are printed as one sentence, without a stack
 * trace (set {@code CDS_DEBUG=1} to see it).
 */
public final class Cds {

    static final String USAGE = """
            Usage: ./cds <command> [options]
              demo      start the embedded stack and the dashboard (Ctrl-C stops it; a second run resumes)
                          --data-dir DIR   where the stack keeps its data (default var/demo)
                          --port N         dashboard port on 127.0.0.1 (default 8080, 0 = any free port)
              replay    the whole embedded pipeline over a simulated feed, with progress, a summary and a check
                          --scale province|small|demo (default province: a year of the 166 communes)
                          --year YYYY (default this year, up to its last complete month)  --data-dir DIR
              faults    the replay with parts killed (SIGKILL), broker and registry restarted, ClickHouse unavailable; then the check
                          --scale small|demo|province (default small)  --rounds N (default 3)  --seed S  --outage-seconds N (default 60)
              catalog validate
                        check the indicator catalog and the reference data; file:line findings, exit 1 on errors
              catalog targets --set 2023-2025|2026 --year Y [--format csv] [--commune CODE --on DATE]
                        the targets of a set for a year
              setup     set a deployment up, idempotently: topics, schemas, ClickHouse migrations, reference data, connectors
                          --set key=value  or CDS_* variables: CDS_KAFKA_BOOTSTRAP_SERVERS, CDS_SCHEMA_REGISTRY_URL,
                          CDS_CONNECT_REST_URL, CDS_CLICKHOUSE_JDBC_URL (_USER, _PASSWORD), CDS_CONNECTORS_DIR
              serve     the dashboard against real Kafka and a ClickHouse server
                          --set key=value  or CDS_* environment variables, e.g. CDS_CLICKHOUSE_JDBC_URL
              reports   the monthly reports on their schedule and the alert notifications, against real servers
                          --set key=value  or CDS_* variables: CDS_KAFKA_BOOTSTRAP_SERVERS, CDS_SCHEMA_REGISTRY_URL,
                          CDS_CLICKHOUSE_JDBC_URL (_USER, _PASSWORD), CDS_RECIPIENTS_FILE, CDS_MAIL_SMTP_HOST, …
              report    --unit CODE|province --month yyyy-MM --format pdf|xlsx --out FILE [--data-dir DIR] [--archive]
                        a monthly report as the figures stood at the month's end, from a stopped demo's data (default var/demo)
                        or a ClickHouse server (--set clickhouse.jdbc.url=… or CDS_CLICKHOUSE_JDBC_URL)
              streams   the indicator engine against real Kafka and a schema registry
                          --set key=value  or CDS_* variables: CDS_KAFKA_BOOTSTRAP_SERVERS, CDS_SCHEMA_REGISTRY_URL, CDS_STATE_DIR
            """;

    public static void main(String[] args) {
        int status = new Cds().run(List.of(args), System.out, System.err);
        if (status != UntilStopped.STOPPED_BY_SIGNAL) {
            System.exit(status);
        }
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.getFirst().equals("help") || args.getFirst().equals("--help")) {
            out.print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.getFirst()) {
                case "demo" -> new DemoCommand().run(rest, out);
                case "setup" -> new SetupCommand().run(rest, out);
                case "replay" -> new ReplayCommand().run(rest, out);
                case "faults" -> new vn.thanhhoa.cds.cli.replay.fault.FaultCommand().run(rest, out);
                case "serve" -> new ServeCommand().run(rest, out);
                case "streams" -> new StreamsCommand().run(rest, out);
                case "catalog" -> new CatalogCommand().run(rest, out, err);
                case "report" -> new vn.thanhhoa.cds.cli.report.ReportCommand().run(rest, out);
                case "reports" -> new vn.thanhhoa.cds.cli.report.ReportsServiceCommand().run(rest, out);
                default -> {
                    err.println("Unknown command '" + args.getFirst() + "': run ./cds help for the list.");
                    yield 2;
                }
            };
        } catch (StackStartException | ConfigException | IllegalArgumentException | IllegalStateException e) {
            err.println(e.getMessage());
            if (System.getenv("CDS_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }
}
