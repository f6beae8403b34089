package vn.thanhhoa.cds.cli.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.runtime.EmbeddedStack;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;
import vn.thanhhoa.cds.sink.ClickHouseSinkConfig;
import vn.thanhhoa.cds.sink.target.InProcessClickHouses;
import vn.thanhhoa.cds.store.migration.Migrations;

/**
 * The demo's ClickHouse: the store's migrations applied, and the sink connector writing the raw
 * topics, the source dead letters and the engine's indicator values, alerts and recognition outlooks into it. The embedded engine
 * is lent to the sink under the name {@value #ENGINE_NAME} while the demo runs.
 */
final class DemoStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStore.class);
    static final String ENGINE_NAME = "demo";
    static final String SINK = "clickhouse-sink";
    static final List<TopicSpec> SUNK = List.of(PipelineTopics.RAW_DOSSIER, PipelineTopics.RAW_DOCUMENT, PipelineTopics.RAW_HEALTH_RECORD,
            PipelineTopics.RAW_REPORTED_MEASURE, PipelineTopics.RAW_TASK, PipelineTopics.RAW_PERIODIC_REPORT, PipelineTopics.RAW_DECLARATION,
            PipelineTopics.DLQ_SOURCE, PipelineTopics.INDICATOR_VALUE, PipelineTopics.ALERT, PipelineTopics.RECOGNITION);

    private DemoStore() {
    }

    static DemoStore start(EmbeddedStack stack, String database) {
        var applied = new Migrations(stack.clickHouse(), database).apply();
        LOG.info("ClickHouse migrations: {} applied now", applied.size());
        InProcessClickHouses.register(ENGINE_NAME, stack::clickHouse);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("topics", SUNK.stream().map(TopicSpec::name).collect(Collectors.joining(",")));
        settings.put(ClickHouseSinkConfig.CLICKHOUSE_URL_CONFIG, InProcessClickHouses.SCHEME + ENGINE_NAME);
        settings.put(ClickHouseSinkConfig.CLICKHOUSE_DATABASE_CONFIG, database);
        settings.put(ClickHouseSinkConfig.REGISTRY_URL_CONFIG, stack.registry().url());
        settings.put("errors.tolerance", "all");
        settings.put("errors.deadletterqueue.topic.name", PipelineTopics.DLQ_SINK.name());
        settings.put("errors.deadletterqueue.topic.replication.factor", "1");
        settings.put("errors.deadletterqueue.context.headers.enable", "true");
        stack.connect().deploy(SINK, ClickHouseSinkConfig.connectorConfig(settings));
        return new DemoStore();
    }

    @Override
    public void close() {
        InProcessClickHouses.unregister(ENGINE_NAME);
    }
}
