package vn.thanhhoa.cds.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.source.SourceConnector;
import org.junit.jupiter.api.Test;

/**
 * Every setting of every connector is documented, and {@code docs/configuration.md} is generated
 * from the ConfigDefs, so the reference cannot drift from the code. After changing a ConfigDef, run
 * this test with {@code -Dcds.docs.write=true} to rewrite the file.
 */
class ConfigurationReferenceTest {

    private static final Path REFERENCE = Path.of("docs/configuration.md");

    /** Every connector the plugin registers (META-INF/services), so that a new one cannot be left out of the reference. */
    static Map<String, ConfigDef> connectors() {
        Map<String, ConfigDef> connectors = new LinkedHashMap<>();
        for (SourceConnector connector : ServiceLoader.load(SourceConnector.class)) {
            String name = connector.getClass().getName();
            if (name.startsWith("vn.thanhhoa.cds.connectors.")) {
                connectors.put(name.substring("vn.thanhhoa.cds.connectors.".length()), connector.config());
            }
        }
        return connectors;
    }

    @Test
    void everySettingHasASentenceOfDocumentationAndADisplayName() {
        connectors().forEach((connector, definition) -> definition.configKeys().values().forEach(key -> {
            assertThat(key.documentation).as(connector + " " + key.name).isNotBlank().endsWith(".");
            assertThat(key.displayName).as(connector + " " + key.name).isNotBlank().isNotEqualTo(key.name);
            assertThat(key.group).as(connector + " " + key.name).isNotBlank();
        }));
    }

    @Test
    void theCommittedReferenceIsTheGeneratedOne() throws Exception {
        String generated = generate();
        if (Boolean.getBoolean("cds.docs.write")) {
            Files.writeString(REFERENCE, generated, StandardCharsets.UTF_8);
        }
        assertThat(REFERENCE).as("docs/configuration.md is stale: run this test with -Dcds.docs.write=true").hasContent(generated);
    }

    private static String generate() {
        StringBuilder text = new StringBuilder("# Connector configuration reference\n\nGenerated from the connectors' ConfigDefs by "
                + "`ConfigurationReferenceTest`; do not edit by hand.\n");
        connectors().forEach((connector, definition) -> {
            text.append("\n## `vn.thanhhoa.cds.connectors.").append(connector).append("`\n\n");
            text.append("| key | type | default | importance | meaning |\n|---|---|---|---|---|\n");
            definition.configKeys().values().forEach(key -> text.append("| `").append(key.name).append("` | ")
                    .append(key.type.name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                    .append(key.hasDefault() ? "`" + (key.defaultValue == null ? "" : ConfigDef.convertToString(key.defaultValue, key.type)) + "`" : "required")
                    .append(" | ").append(key.importance.name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                    .append(key.documentation.replace("|", "\\|")).append(" |\n"));
        });
        return text.toString();
    }
}
