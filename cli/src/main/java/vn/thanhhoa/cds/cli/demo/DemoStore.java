package vn.thanhhoa.cds.cli.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.runtime.EmbeddedStack;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;
import vn.thanhhoa.cds.sink.ClickHouseSinkConfig;
import vn.thanhhoa.cds.sink.target.InProcessClickHouses;
import vn.thanhhoa.cds.pipeline.setup.ConnectorDeclaration;

/**
 * The demo's ClickHouse as the sink connector reaches it: the sink writes the raw topics, the source
 * dead letters and the engine's indicator values, alerts and recognition outlooks into it. The embedded engine
 * is lent to the sink under the name {@value #ENGINE_NAME} while the demo runs.
 */
public final class DemoStore implements AutoCloseable {

    static final String ENGINE_NAME = "demo";
    static final String SINK = "clickhouse-sink";

    private DemoStore() {
    }

    /** Lends the stack's engine to the sink; the setup then applies the migrations and deploys {@link #sink}. */
    public static DemoStore open(EmbeddedStack stack) {
        InProcessClickHouses.register(ENGINE_NAME, stack::clickHouse);
        return new DemoStore();
    }

    public ConnectorDeclaration sink(String database, String registryUrl) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("topics", PipelineTopics.STORED.stream().map(TopicSpec::name).collect(Collectors.joining(",")));
        settings.put(ClickHouseSinkConfig.CLICKHOUSE_URL_CONFIG, InProcessClickHouses.SCHEME + ENGINE_NAME);
        settings.put(ClickHouseSinkConfig.CLICKHOUSE_DATABASE_CONFIG, database);
        settings.put(ClickHouseSinkConfig.REGISTRY_URL_CONFIG, registryUrl);
        settings.put("errors.tolerance", "all");
        settings.put("errors.deadletterqueue.topic.name", PipelineTopics.DLQ_SINK.name());
        settings.put("errors.deadletterqueue.topic.replication.factor", "1");
        settings.put("errors.deadletterqueue.context.headers.enable", "true");
        return new ConnectorDeclaration(SINK, ClickHouseSinkConfig.connectorConfig(settings));
    }

    /** Lends {@code engine} to the sink under the demo's name (a store process owning its engine, without the stack). */
    static DemoStore lend(java.util.function.Supplier<? extends vn.thanhhoa.cds.store.ClickHouse> engine) {
        InProcessClickHouses.register(ENGINE_NAME, engine);
        return new DemoStore();
    }

    @Override
    public void close() {
        InProcessClickHouses.unregister(ENGINE_NAME);
    }
}
