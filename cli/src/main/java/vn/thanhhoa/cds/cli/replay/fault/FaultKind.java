package vn.thanhhoa.cds.cli.replay.fault;

/** The faults the suite injects, each into one part of the pipeline. */
enum FaultKind {
    ENGINE_KILL("streams application killed (SIGKILL) and restarted"),
    SOURCES_KILL("source Connect worker killed (SIGKILL) and restarted"),
    STORE_KILL("sink and its chDB killed (SIGKILL) and restarted"),
    BROKER_RESTART("Kafka broker stopped and started again"),
    REGISTRY_RESTART("schema registry stopped and started again"),
    CLICKHOUSE_OUTAGE("ClickHouse unavailable to the sink (injected outage)");

    private final String description;

    FaultKind(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
