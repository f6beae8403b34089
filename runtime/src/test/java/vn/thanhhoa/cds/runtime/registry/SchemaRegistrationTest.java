package vn.thanhhoa.cds.runtime.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.registry.IncompatibleSchemaException;
import vn.thanhhoa.cds.schemas.registry.SchemaRegistration;
import vn.thanhhoa.cds.schemas.topic.TopicSchemas;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;

/** The project's schemas register under BACKWARD compatibility, and the real registry enforces it. */
class SchemaRegistrationTest {

    @TempDir
    static Path directory;

    private static SchemaRegistryProcess registry;
    private static SchemaRegistration registration;

    @BeforeAll
    static void startRegistry() {
        registry = SchemaRegistryProcess.start(directory, 0);
        registration = new SchemaRegistration(registry.url());
    }

    @AfterAll
    static void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void everyRawTopicSchemaRegistersUnderBackwardCompatibilityAndAgainWithTheSameId() {
        for (Map.Entry<TopicSpec, Schema> entry : TopicSchemas.all().entrySet()) {
            String subject = TopicSchemas.valueSubject(entry.getKey());
            int id = registration.register(subject, entry.getValue());
            assertThat(id).isPositive();
            assertThat(registration.register(subject, entry.getValue())).as("same schema, same id").isEqualTo(id);
            assertThat(registration.compatibility(subject)).isEqualTo("BACKWARD");
        }
    }

    @Test
    void aCompatibleChangeIsAcceptedAndAnIncompatibleOneRefused() {
        String subject = "evolution.dossier-value";
        Schema v1 = DossierStatusChanged.getClassSchema();
        int firstId = registration.register(subject, v1);

        // A new optional field with a default: readers of v2 can still read v1 data.
        Schema withOptionalField = withField(v1, "village_code", SchemaBuilder.builder().nullable().stringType(), Schema.Field.NULL_DEFAULT_VALUE);
        int secondId = registration.register(subject, withOptionalField);
        assertThat(secondId).isNotEqualTo(firstId);

        // A new required field without a default: v1 data has no value for it.
        Schema withRequiredField = withField(withOptionalField, "ward_population", SchemaBuilder.builder().longType(), null);
        assertThatThrownBy(() -> registration.register(subject, withRequiredField))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining(subject)
                .hasMessageContaining("BACKWARD");
    }

    private static Schema withField(Schema base, String name, Schema type, Object defaultValue) {
        java.util.List<Schema.Field> fields = new java.util.ArrayList<>();
        for (Schema.Field field : base.getFields()) {
            fields.add(new Schema.Field(field, field.schema()));
        }
        fields.add(defaultValue == null ? new Schema.Field(name, type, null) : new Schema.Field(name, type, null, defaultValue));
        return Schema.createRecord(base.getName(), base.getDoc(), base.getNamespace(), false, fields);
    }
}
