package vn.thanhhoa.cds.cli.demo;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.cli.replay.fault.ChildStatus;
import vn.thanhhoa.cds.pipeline.connect.ConnectRestClient;
import vn.thanhhoa.cds.pipeline.connect.FailedTaskRestarter;
import vn.thanhhoa.cds.pipeline.connect.RestartPolicy;
import vn.thanhhoa.cds.pipeline.setup.ConnectorDeclaration;
import vn.thanhhoa.cds.runtime.connect.EmbeddedConnectWorker;
import vn.thanhhoa.cds.runtime.network.Ports;
import vn.thanhhoa.cds.simulators.scale.SimulationScale;

/**
 * The demo's source connectors in a standalone Connect worker of their own, for the fault suite to
 * kill. The simulated feeds are written on the first start only (as in the demo); offsets are kept
 * in the worker's file, so a restarted worker resumes.
 *
 * <p>Arguments: {@code <data dir> <bootstrap servers> <registry url> <control dir> <scale name>
 * <first month yyyy-MM> <months> <dossiers> <people> <documents> <tasks>}; writes
 * {@code sources.status} into the control folder every second.
 */
public final class DemoSourcesProcess {

    private DemoSourcesProcess() {
    }

    public static void main(String[] args) throws Exception {
        ChildProcessArguments common = ChildProcessArguments.of(args);
        Path data = common.data();
        String bootstrap = common.bootstrapServers();
        String registry = common.registryUrl();
        Path control = common.control();
        SimulationScale scale = new SimulationScale(args[4], YearMonth.parse(args[5]), Integer.parseInt(args[6]), Integer.parseInt(args[7]),
                Integer.parseInt(args[8]), Integer.parseInt(args[9]), Integer.parseInt(args[10]));
        DemoSources sources = new DemoSources(data, ReferenceData.load(), scale);
        List<ConnectorDeclaration> connectors = sources.connectors(registry);
        EmbeddedConnectWorker worker = EmbeddedConnectWorker.start(bootstrap, registry, data.resolve("connect-sources"), 0);
        for (ConnectorDeclaration connector : connectors) {
            worker.deploy(connector.name(), connector.config());
        }
        FailedTaskRestarter restarter = FailedTaskRestarter.start(new ConnectRestClient("http://" + Ports.LOOPBACK + ":" + worker.restPort()),
                RestartPolicy.DEFAULT);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            restarter.close();
            worker.close();
        }, "sources-shutdown"));
        Path status = control.resolve("sources.status");
        while (true) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("ready", "true");
            try {
                values.put("tasks", String.join(",", connectors.stream().flatMap(connector -> worker.taskStates(connector.name()).stream()).toList()));
            } catch (RuntimeException e) {
                // a connector being restarted has no status for a moment: no tasks stated means not all running
                values.put("tasks", "UNKNOWN");
            }
            ChildStatus.ofThisProcess(values).writeTo(status);
            Thread.sleep(1000);
        }
    }
}
