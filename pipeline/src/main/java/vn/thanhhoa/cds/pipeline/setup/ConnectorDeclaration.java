package vn.thanhhoa.cds.pipeline.setup;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A connector as a deployment wants it: its name and its whole configuration. The name is also put
 * into the configuration, as Kafka Connect returns it, so that a deployed connector and its
 * declaration compare equal when nothing changed.
 */
public record ConnectorDeclaration(String name, Map<String, String> config) {

    public ConnectorDeclaration {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a connector needs a name");
        }
        Map<String, String> full = new TreeMap<>(config);
        String given = full.putIfAbsent("name", name);
        if (given != null && !given.equals(name)) {
            throw new IllegalArgumentException("connector '" + name + "' carries another name in its configuration: '" + given + "'");
        }
        config = java.util.Collections.unmodifiableMap(full);
    }
}
