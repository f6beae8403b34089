package vn.thanhhoa.cds.catalog.yaml;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML value that remembers the line it starts on. Jackson's tree model drops locations, and
 * every catalog finding must name its line, so the catalog reads YAML into this small tree.
 * Scalars stay text: indicator codes such as {@code 1.10} must never become the number 1.1.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    /** 1-based line where the value starts. */
    int line();

    /** A short name of the node's shape, for messages such as "expected a list, found a map". */
    String shape();

    /** One key of a mapping, with the line of the key itself. */
    record Entry(String key, int keyLine, Node value) {}

    record MapNode(int line, Map<String, Entry> entries) implements Node {
        public MapNode {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        public Optional<Entry> entry(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        @Override
        public String shape() {
            return "a map";
        }
    }

    record ListNode(int line, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String shape() {
            return "a list";
        }
    }

    /** A scalar; {@code text} is null for an explicit or empty YAML null. */
    record ScalarNode(int line, String text) implements Node {
        @Override
        public String shape() {
            return text == null ? "nothing" : "a single value";
        }
    }
}
