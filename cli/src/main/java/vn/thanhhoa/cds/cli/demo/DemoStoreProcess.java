package vn.thanhhoa.cds.cli.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.cli.replay.fault.ChildStatus;
import vn.thanhhoa.cds.cli.replay.fault.RefusingClickHouse;
import vn.thanhhoa.cds.pipeline.connect.ConnectRestClient;
import vn.thanhhoa.cds.pipeline.connect.FailedTaskRestarter;
import vn.thanhhoa.cds.pipeline.connect.RestartPolicy;
import vn.thanhhoa.cds.pipeline.reference.ReferencePublication;
import vn.thanhhoa.cds.pipeline.setup.PipelineSetup;
import vn.thanhhoa.cds.pipeline.setup.SetupPlan;
import vn.thanhhoa.cds.pipeline.setup.SetupReport;
import vn.thanhhoa.cds.pipeline.setup.SetupTargets;
import vn.thanhhoa.cds.runtime.connect.EmbeddedConnectWorker;
import vn.thanhhoa.cds.runtime.network.Ports;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.schemas.topic.TopicSchemas;
import vn.thanhhoa.cds.store.embedded.EmbeddedClickHouse;

/**
 * The demo's store in a process of its own, for the fault suite to kill: the embedded ClickHouse
 * (chDB runs in-process, and one process owns its data folder, so the sink and the engine it writes
 * share this JVM) and a Connect worker running only the sink. At each start it applies the demo's
 * setup (idempotent: topics, schemas, migrations, reference data, the sink connector).
 *
 * <p>Arguments: {@code <data dir> <bootstrap servers> <registry url> <control dir>}. It writes
 * {@code store.status} into the control folder every second and reads {@code outage} there: a file
 * holding a number of seconds, for which the sink's ClickHouse handle refuses every call.
 */
public final class DemoStoreProcess {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStoreProcess.class);
    private static final List<String> RAW_TABLES = List.of("raw_dossier", "raw_document", "raw_health_record", "raw_reported_measure",
            "raw_task", "raw_periodic_report", "raw_declaration", "dead_letter_source");

    private DemoStoreProcess() {
    }

    public static void main(String[] args) throws Exception {
        ChildProcessArguments common = ChildProcessArguments.of(args);
        Path data = common.data();
        String bootstrap = common.bootstrapServers();
        String registry = common.registryUrl();
        Path control = common.control();
        EmbeddedClickHouse engine = EmbeddedClickHouse.open(data.resolve("clickhouse"));
        RefusingClickHouse handle = new RefusingClickHouse(engine);
        DemoStore store = DemoStore.lend(() -> handle);
        EmbeddedConnectWorker worker = EmbeddedConnectWorker.start(bootstrap, registry, data.resolve("connect-store"), 0);
        String rest = "http://" + Ports.LOOPBACK + ":" + worker.restPort();
        ReferenceData reference = ReferenceData.load();
        SetupReport setup = new PipelineSetup(new SetupTargets(bootstrap, registry, rest, engine)).apply(new SetupPlan(PipelineTopics.ALL,
                TopicSchemas.all(), Demo.DATABASE, Optional.of(new ReferencePublication(reference, CatalogLoader.builtIn())),
                List.of(store.sink(Demo.DATABASE, registry))));
        if (!setup.problems().isEmpty()) {
            throw new IllegalStateException("The store's setup failed: " + String.join("; ", setup.problems()));
        }
        FailedTaskRestarter restarter = FailedTaskRestarter.start(new ConnectRestClient(rest), RestartPolicy.DEFAULT);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            restarter.close();
            worker.close();
            store.close();
            engine.close();
        }, "store-shutdown"));
        Path outage = control.resolve("outage");
        Path status = control.resolve("store.status");
        long outages = 0;
        while (true) {
            if (Files.exists(outage)) {
                Duration length = Duration.ofSeconds(Long.parseLong(Files.readString(outage).strip()));
                Files.delete(outage);
                handle.refuseFor(length);
                outages++;
                LOG.warn("Injected outage: the sink's ClickHouse handle refuses every call for {} s", length.toSeconds());
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("ready", "true");
            values.put("outages", Long.toString(outages));
            values.put("refusing", Boolean.toString(handle.refusing()));
            values.put("refusedCalls", Long.toString(handle.refusedCalls()));
            try {
                values.put("tasks", String.join(",", worker.taskStates(DemoStore.SINK)));
                long raw = 0;
                for (String table : RAW_TABLES) {
                    raw += count(engine, table);
                }
                values.put("rawRows", Long.toString(raw));
                values.put("valueRows", Long.toString(count(engine, "indicator_value_daily")));
            } catch (RuntimeException e) {
                values.put("countFailure", String.valueOf(e.getMessage()));
            }
            ChildStatus.ofThisProcess(values).writeTo(status);
            Thread.sleep(1000);
        }
    }

    private static long count(EmbeddedClickHouse engine, String table) {
        return engine.query("SELECT count() AS c FROM " + Demo.DATABASE + "." + table).getFirst().longValue("c");
    }
}
