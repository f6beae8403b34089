package vn.thanhhoa.cds.pipeline.setup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import vn.thanhhoa.cds.schemas.registry.IncompatibleSchemaException;
import vn.thanhhoa.cds.schemas.registry.SchemaRegistration;
import vn.thanhhoa.cds.schemas.topic.TopicSchemas;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;

/**
 * Registers each topic's value schema under BACKWARD compatibility, unless the registry already
 * holds it so. A schema the registry refuses as incompatible is a problem of this run (named with
 * its subject); the other subjects still go on.
 */
final class SchemaSetup {

    static final String NAME = "schemas";

    private final SchemaRegistration registration;

    SchemaSetup(SchemaRegistration registration) {
        this.registration = registration;
    }

    SetupStep run(Map<TopicSpec, Schema> schemas) {
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        schemas.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(TopicSpec::name))).forEach(entry -> {
            String subject = TopicSchemas.valueSubject(entry.getKey());
            if (registration.isRegistered(subject, entry.getValue())) {
                unchanged.add(subject);
                return;
            }
            try {
                registration.register(subject, entry.getValue());
                changed.add(subject);
            } catch (IncompatibleSchemaException e) {
                problems.add(e.getMessage());
            }
        });
        return new SetupStep(NAME, changed, unchanged, problems);
    }
}
