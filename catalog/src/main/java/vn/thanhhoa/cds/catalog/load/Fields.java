package vn.thanhhoa.cds.catalog.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.thanhhoa.cds.catalog.Origin;
import vn.thanhhoa.cds.catalog.yaml.Node;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * Typed access to one YAML mapping that reports every problem as a finding naming file, line and
 * field path ({@code indicators[3].targets.2025}), instead of failing on the first one.
 */
final class Fields {

    private final String file;
    private final Node.MapNode map;
    private final String path;
    private final Consumer<DataFinding> findings;

    Fields(String file, Node.MapNode map, String path, Consumer<DataFinding> findings) {
        this.file = file;
        this.map = map;
        this.path = path;
        this.findings = findings;
    }

    /** Reads a node that must be a mapping; reports and returns empty otherwise. */
    static Optional<Fields> of(String file, Node node, String path, Consumer<DataFinding> findings) {
        if (node instanceof Node.MapNode mapNode) {
            return Optional.of(new Fields(file, mapNode, path, findings));
        }
        findings.accept(DataFinding.error(file, node.line(), path, "expected a map, found " + node.shape()));
        return Optional.empty();
    }

    String file() {
        return file;
    }

    String path() {
        return path;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Node.MapNode node() {
        return map;
    }

    Origin origin() {
        return new Origin(file, map.line());
    }

    Origin origin(String key) {
        return new Origin(file, line(key));
    }

    int line(String key) {
        return map.entry(key).map(Node.Entry::keyLine).orElse(map.line());
    }

    boolean has(String key) {
        return map.entry(key).isPresent();
    }

    void error(String key, String message) {
        findings.accept(DataFinding.error(file, line(key), path(key), message));
    }

    void errorAt(int line, String field, String message) {
        findings.accept(DataFinding.error(file, line, field, message));
    }

    /** Reports keys this kind of entry does not have: a misspelt key would otherwise be ignored silently. */
    void rejectUnknown(Set<String> allowed) {
        for (Node.Entry entry : map.entries().values()) {
            if (!allowed.contains(entry.key())) {
                findings.accept(DataFinding.error(file, entry.keyLine(), path(entry.key()), "unknown field"));
            }
        }
    }

    Optional<String> text(String key) {
        Optional<Node.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Node value = entry.get().value();
        if (value instanceof Node.ScalarNode scalar) {
            return Optional.ofNullable(scalar.text());
        }
        error(key, "expected a single value, found " + value.shape());
        return Optional.empty();
    }

    Optional<String> requiredText(String key) {
        if (!has(key)) {
            error(key, "is required");
            return Optional.empty();
        }
        Optional<String> value = text(key);
        if (value.isEmpty() && map.entry(key).orElseThrow().value() instanceof Node.ScalarNode) {
            error(key, "is required");
        }
        return value;
    }

    Optional<Integer> integer(String key, String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            error(key, "'" + text + "' is not a whole number");
            return Optional.empty();
        }
    }

    Optional<LocalDate> date(String key) {
        return text(key).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text.trim()));
            } catch (DateTimeParseException e) {
                error(key, "'" + text + "' is not a date (YYYY-MM-DD)");
                return Optional.empty();
            }
        });
    }

    Optional<Node.ListNode> list(String key) {
        Optional<Node.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Node value = entry.get().value();
        if (value instanceof Node.ListNode list) {
            return Optional.of(list);
        }
        if (value instanceof Node.ScalarNode scalar && scalar.text() == null) {
            return Optional.of(new Node.ListNode(value.line(), List.of()));
        }
        error(key, "expected a list, found " + value.shape());
        return Optional.empty();
    }

    Optional<Node.MapNode> mapping(String key) {
        Optional<Node.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Node value = entry.get().value();
        if (value instanceof Node.MapNode child) {
            return Optional.of(child);
        }
        error(key, "expected a map, found " + value.shape());
        return Optional.empty();
    }

    /** A list of single values; a lone value is accepted as a list of one. */
    List<String> texts(String key) {
        Optional<Node.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            return List.of();
        }
        Node value = entry.get().value();
        if (value instanceof Node.ScalarNode scalar) {
            return scalar.text() == null ? List.of() : List.of(scalar.text());
        }
        List<String> texts = new ArrayList<>();
        if (value instanceof Node.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                Node item = list.items().get(i);
                if (item instanceof Node.ScalarNode scalar && scalar.text() != null) {
                    texts.add(scalar.text());
                } else {
                    errorAt(item.line(), path(key) + "[" + i + "]", "expected a single value, found " + item.shape());
                }
            }
        } else {
            error(key, "expected a list, found " + value.shape());
        }
        return texts;
    }
}
