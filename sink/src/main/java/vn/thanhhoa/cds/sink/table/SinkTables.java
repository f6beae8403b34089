package vn.thanhhoa.cds.sink.table;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.schemas.alert.CommuneAlert;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.raw.Declaration;
import vn.thanhhoa.cds.schemas.raw.DocumentRecorded;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.raw.HealthRecordEvent;
import vn.thanhhoa.cds.schemas.raw.PeriodicReportFiled;
import vn.thanhhoa.cds.schemas.raw.ReportedMeasure;
import vn.thanhhoa.cds.schemas.raw.SourceDeadLetter;
import vn.thanhhoa.cds.schemas.raw.TaskTracked;
import vn.thanhhoa.cds.schemas.recognition.CommuneRecognition;

/**
 * Which table each record type goes to, in {@code database}. The record type, not the topic, decides:
 * a topic carries one record type, and tests or a second deployment may name topics differently.
 * The engine's indicator values, alerts and recognition outlooks are here.
 */
public final class SinkTables {

    private final Map<String, TableBinding> byRecordName;

    private SinkTables(List<TableBinding> bindings) {
        this.byRecordName = bindings.stream().collect(Collectors.toUnmodifiableMap(TableBinding::recordName, Function.identity()));
    }

    /** The raw topics' records and the source dead letters, to the store's tables in {@code database}. */
    public static SinkTables in(String database) {
        return new SinkTables(List.of(
                TableBinding.of(database + ".raw_dossier", DossierStatusChanged.getClassSchema()),
                TableBinding.of(database + ".raw_document", DocumentRecorded.getClassSchema()),
                TableBinding.of(database + ".raw_health_record", HealthRecordEvent.getClassSchema()),
                TableBinding.of(database + ".raw_reported_measure", ReportedMeasure.getClassSchema()),
                TableBinding.of(database + ".raw_task", TaskTracked.getClassSchema()),
                TableBinding.of(database + ".raw_periodic_report", PeriodicReportFiled.getClassSchema()),
                TableBinding.of(database + ".raw_declaration", Declaration.getClassSchema()),
                TableBinding.of(database + ".dead_letter_source", SourceDeadLetter.getClassSchema()),
                // Every computation to the daily history; a materialized view keeps the latest (V003).
                TableBinding.of(database + ".indicator_value_daily", IndicatorValue.getClassSchema()),
                TableBinding.of(database + ".alert_commune", CommuneAlert.getClassSchema()),
                TableBinding.of(database + ".recognition_commune", CommuneRecognition.getClassSchema())));
    }

    /** Every binding, for checks that the store's tables hold each field of their records. */
    public java.util.Collection<TableBinding> all() {
        return byRecordName.values();
    }

    /** The table for records named {@code recordFullName}, or null when no table takes them. */
    public TableBinding forRecord(String recordFullName) {
        return byRecordName.get(recordFullName);
    }
}
