package vn.thanhhoa.cds.pipeline.setup;

import java.util.Objects;
import vn.thanhhoa.cds.store.ClickHouse;

/** Where a setup applies its plan: a Kafka cluster, a schema registry, a Connect worker's REST API and a ClickHouse. */
public record SetupTargets(String bootstrapServers, String registryUrl, String connectRestUrl, ClickHouse clickHouse) {

    public SetupTargets {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(registryUrl, "registryUrl");
        Objects.requireNonNull(connectRestUrl, "connectRestUrl");
        Objects.requireNonNull(clickHouse, "clickHouse");
    }
}
