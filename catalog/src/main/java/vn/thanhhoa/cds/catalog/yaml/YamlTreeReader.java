package vn.thanhhoa.cds.catalog.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * Reads one YAML document into a {@link Node} tree using Jackson's streaming parser, whose token
 * locations give the line numbers. Syntax errors and duplicate keys become findings rather than
 * exceptions, so that one run reports every broken file.
 */
public final class YamlTreeReader {

    private final YAMLFactory factory = YAMLFactory.builder().build();

    public Optional<Node> read(String file, String text, Consumer<DataFinding> findings) {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                findings.accept(DataFinding.error(file, 0, "", "the file is empty"));
                return Optional.empty();
            }
            return Optional.of(readValue(file, parser, findings));
        } catch (JsonProcessingException e) {
            findings.accept(DataFinding.error(file, errorLine(e), "", "not valid YAML: " + e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            findings.accept(DataFinding.error(file, 0, "", "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** SnakeYAML's problem mark points at the offending token; Jackson's location at the enclosing node. */
    private static int errorLine(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return marked.getProblemMark().getLine() + 1;
        }
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    }

    private Node readValue(String file, JsonParser parser, Consumer<DataFinding> findings) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readMap(file, parser, line, findings);
            case START_ARRAY -> readList(file, parser, line, findings);
            case VALUE_NULL -> new Node.ScalarNode(line, null);
            default -> new Node.ScalarNode(line, parser.getText());
        };
    }

    private Node readMap(String file, JsonParser parser, int line, Consumer<DataFinding> findings) throws IOException {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = parser.currentTokenLocation().getLineNr();
            parser.nextToken();
            Node value = readValue(file, parser, findings);
            Node.Entry previous = entries.get(key);
            if (previous != null) {
                findings.accept(DataFinding.error(file, keyLine, key,
                        "duplicate key (first given on line " + previous.keyLine() + ")"));
                continue;
            }
            entries.put(key, new Node.Entry(key, keyLine, value));
        }
        return new Node.MapNode(line, entries);
    }

    private Node readList(String file, JsonParser parser, int line, Consumer<DataFinding> findings) throws IOException {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(file, parser, findings));
        }
        return new Node.ListNode(line, items);
    }
}
