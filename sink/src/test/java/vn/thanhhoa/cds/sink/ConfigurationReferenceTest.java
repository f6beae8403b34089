package vn.thanhhoa.cds.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

/**
 * Every setting of the sink is documented, and {@code docs/configuration.md} is generated from the
 * ConfigDef, so the reference cannot drift from the code. After changing the ConfigDef, run this test
 * with {@code -Dcds.docs.write=true} to rewrite the file.
 */
class ConfigurationReferenceTest {

    private static final Path REFERENCE = Path.of("docs/configuration.md");

    @Test
    void everySettingHasASentenceOfDocumentationADisplayNameAndAGroup() {
        ClickHouseSinkConfig.CONFIG_DEF.configKeys().values().forEach(key -> {
            assertThat(key.documentation).as(key.name).isNotBlank().endsWith(".");
            assertThat(key.displayName).as(key.name).isNotBlank().isNotEqualTo(key.name);
            assertThat(key.group).as(key.name).isNotBlank();
        });
    }

    @Test
    void theCommittedReferenceIsTheGeneratedOne() throws Exception {
        String generated = generate();
        if (Boolean.getBoolean("cds.docs.write")) {
            Files.createDirectories(REFERENCE.getParent());
            Files.writeString(REFERENCE, generated, StandardCharsets.UTF_8);
        }
        assertThat(REFERENCE).as("docs/configuration.md is stale: run this test with -Dcds.docs.write=true").hasContent(generated);
    }

    private static String generate() {
        StringBuilder text = new StringBuilder("# ClickHouse sink configuration reference\n\nGenerated from `ClickHouseSinkConfig.CONFIG_DEF` by "
                + "`ConfigurationReferenceTest`; do not edit by hand.\n\n## `" + ClickHouseSinkConnector.class.getName() + "`\n\n"
                + "| key | group | type | default | importance | meaning |\n|---|---|---|---|---|---|\n");
        ClickHouseSinkConfig.CONFIG_DEF.configKeys().values().forEach(key -> text.append("| `").append(key.name).append("` | ")
                .append(key.group).append(" | ")
                .append(key.type.name().toLowerCase(Locale.ROOT)).append(" | ")
                .append(key.hasDefault() ? "`" + (key.defaultValue == null ? "" : ConfigDef.convertToString(key.defaultValue, key.type)) + "`" : "required")
                .append(" | ").append(key.importance.name().toLowerCase(Locale.ROOT)).append(" | ")
                .append(key.documentation.replace("|", "\\|")).append(" |\n"));
        text.append("""

                Connect's own settings the sink relies on (not part of its ConfigDef): `topics` (or `topics.regex`);
                `key.converter` and `value.converter` = `org.apache.kafka.connect.converters.ByteArrayConverter`
                (`ClickHouseSinkConfig.connectorConfig` sets both); for the dead-letter queue, `errors.tolerance=all`,
                `errors.deadletterqueue.topic.name`, and `errors.deadletterqueue.context.headers.enable=true` so that each
                dead letter carries its reason in the `__connect.errors.exception.message` header. Without a dead-letter queue,
                a record that cannot be written stops the task, naming it.
                """);
        return text.toString();
    }
}
