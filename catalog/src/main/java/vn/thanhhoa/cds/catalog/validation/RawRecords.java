package vn.thanhhoa.cds.catalog.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import vn.thanhhoa.cds.schemas.raw.Declaration;
import vn.thanhhoa.cds.schemas.raw.DocumentRecorded;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.raw.HealthRecordEvent;
import vn.thanhhoa.cds.schemas.raw.PeriodicReportFiled;
import vn.thanhhoa.cds.schemas.raw.ReportedMeasure;
import vn.thanhhoa.cds.schemas.raw.TaskTracked;

/**
 * The Avro records the connectors write to the raw topics, by name: a derivation may only name
 * these records and their fields, so that the engine never looks for a field no connector writes.
 */
final class RawRecords {

    private static final Map<String, Schema> BY_NAME = Map.of(
            "DossierStatusChanged", DossierStatusChanged.getClassSchema(),
            "DocumentRecorded", DocumentRecorded.getClassSchema(),
            "TaskTracked", TaskTracked.getClassSchema(),
            "PeriodicReportFiled", PeriodicReportFiled.getClassSchema(),
            "HealthRecordEvent", HealthRecordEvent.getClassSchema(),
            "ReportedMeasure", ReportedMeasure.getClassSchema(),
            "Declaration", Declaration.getClassSchema());

    private RawRecords() {}

    static Optional<Schema> record(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static java.util.Set<String> names() {
        return new java.util.TreeSet<>(BY_NAME.keySet());
    }

    /** The symbols of an enum field (also inside a nullable union), or empty for other types. */
    static List<String> symbols(Schema.Field field) {
        Schema schema = field.schema();
        if (schema.getType() == Schema.Type.UNION) {
            schema = schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElse(schema);
        }
        return schema.getType() == Schema.Type.ENUM ? schema.getEnumSymbols() : List.of();
    }
}
