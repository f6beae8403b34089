package vn.thanhhoa.cds.cli.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import vn.thanhhoa.cds.runtime.EmbeddedStack;

/**
 * What a deployment holds, asked of each server directly (not of the setup): the pipeline's topics,
 * the registry's subjects, the ClickHouse tables of a database and the connectors' names. The
 * engine's internal topics and subjects, Connect's own topics and test probes are left out: they are
 * made by running, not by setting up.
 */
public record DeploymentInventory(TreeSet<String> topics, TreeSet<String> subjects, TreeSet<String> tables, TreeSet<String> connectors) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static DeploymentInventory of(EmbeddedStack stack, String database) throws Exception {
        TreeSet<String> topics = new TreeSet<>();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            admin.listTopics().names().get().stream().filter(DeploymentInventory::madeBySetup).forEach(topics::add);
        }
        TreeSet<String> subjects = new TreeSet<>();
        JSON.readTree(get(stack.registry().url() + "/apis/ccompat/v7/subjects")).forEach(subject -> {
            if (madeBySetup(subject.asText())) {
                subjects.add(subject.asText());
            }
        });
        TreeSet<String> tables = new TreeSet<>();
        stack.clickHouse().query("SELECT name FROM system.tables WHERE database = '" + database + "'").forEach(row -> tables.add(row.string("name")));
        TreeSet<String> connectors = new TreeSet<>();
        JSON.readTree(get(connectUrl(stack) + "/connectors")).forEach(name -> connectors.add(name.asText()));
        return new DeploymentInventory(topics, subjects, tables, connectors);
    }

    /** Writes each deployed connector's configuration as a file {@code ./cds setup} reads ({"name", "config"}); returns the folder. */
    public static Path exportConnectors(EmbeddedStack stack, Path folder) throws Exception {
        Files.createDirectories(folder);
        for (JsonNode name : JSON.readTree(get(connectUrl(stack) + "/connectors"))) {
            JsonNode config = JSON.readTree(get(connectUrl(stack) + "/connectors/" + name.asText() + "/config"));
            Files.writeString(folder.resolve(name.asText() + ".json"), JSON.writeValueAsString(Map.of("name", name.asText(), "config", config)));
        }
        return folder;
    }

    public static String connectUrl(EmbeddedStack stack) {
        return "http://127.0.0.1:" + stack.connect().restPort();
    }

    private static boolean madeBySetup(String name) {
        return !name.startsWith("_") && !name.startsWith("cds-indicator-engine-") && !name.startsWith("test.");
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    @Override
    public String toString() {
        return "topics " + topics + "\nsubjects " + subjects + "\ntables " + tables + "\nconnectors " + connectors;
    }

}
