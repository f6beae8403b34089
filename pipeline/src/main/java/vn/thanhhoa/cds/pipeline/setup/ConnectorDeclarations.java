package vn.thanhhoa.cds.pipeline.setup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deployment's connectors, one JSON file each in a folder, in the body Kafka Connect's own
 * {@code POST /connectors} takes: {@code {"name": "...", "config": {"connector.class": "...", ...}}}.
 * Secrets stay out of the files: a value such as {@code ${env:CLICKHOUSE_PASSWORD}} is resolved by
 * the worker's configuration provider, not here.
 */
public final class ConnectorDeclarations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConnectorDeclarations() {
    }

    /** Reads every {@code *.json} file of the folder, in name order; a file that does not hold a connector is named with the reason. */
    public static List<ConnectorDeclaration> readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The connectors folder " + folder + " does not exist or is not a folder.");
        }
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("The connectors folder " + folder + " cannot be read: " + e.getMessage(), e);
        }
        List<ConnectorDeclaration> connectors = new ArrayList<>();
        for (Path file : files) {
            connectors.add(read(file));
        }
        return connectors;
    }

    static ConnectorDeclaration read(Path file) {
        JsonNode body;
        try {
            body = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ", line " + e.getLocation().getLineNr() + ": not JSON (" + e.getOriginalMessage() + ").", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage(), e);
        }
        if (body == null || !body.path("name").isTextual() || body.path("name").asText().isBlank()) {
            throw new IllegalArgumentException(file + ": field \"name\" is missing; a connector file holds {\"name\": ..., \"config\": {...}}.");
        }
        JsonNode config = body.path("config");
        if (!config.isObject() || !config.has("connector.class")) {
            throw new IllegalArgumentException(file + ": field \"config\" must be an object with at least \"connector.class\".");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = config.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                throw new IllegalArgumentException(file + ": field \"config." + entry.getKey() + "\" must be a string, number or boolean.");
            }
            settings.put(entry.getKey(), entry.getValue().asText());
        }
        try {
            return new ConnectorDeclaration(body.get("name").asText(), settings);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage() + ".", e);
        }
    }
}
