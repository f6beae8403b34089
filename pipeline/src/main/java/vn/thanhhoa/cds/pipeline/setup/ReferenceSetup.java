package vn.thanhhoa.cds.pipeline.setup;

import java.util.ArrayList;
import java.util.List;
import vn.thanhhoa.cds.pipeline.reference.ReferencePublication;
import vn.thanhhoa.cds.runtime.kafka.AvroPublisher;

/**
 * Publishes the reference data (units, statistics, indicators, targets) to its compacted topics;
 * only records that differ from a topic's latest value for their key are written.
 */
final class ReferenceSetup {

    static final String NAME = "reference data";

    private final String bootstrapServers;
    private final String registryUrl;

    ReferenceSetup(String bootstrapServers, String registryUrl) {
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
    }

    SetupStep run(ReferencePublication publication) {
        ReferencePublication.Published published;
        try (AvroPublisher publisher = new AvroPublisher(bootstrapServers, registryUrl)) {
            published = publication.publishTo(publisher);
        }
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        sort("units", published.units(), changed, unchanged);
        sort("statistics", published.statistics(), changed, unchanged);
        sort("indicators", published.indicators(), changed, unchanged);
        sort("targets", published.targets(), changed, unchanged);
        return new SetupStep(NAME, changed, unchanged, List.of());
    }

    private static void sort(String what, int written, List<String> changed, List<String> unchanged) {
        if (written > 0) {
            changed.add(written + " " + what);
        } else {
            unchanged.add(what);
        }
    }
}
