package vn.thanhhoa.cds.streams.measures;

import java.util.List;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import vn.thanhhoa.cds.schemas.raw.Declaration;
import vn.thanhhoa.cds.schemas.raw.DocumentRecorded;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.raw.HealthRecordEvent;
import vn.thanhhoa.cds.schemas.raw.PeriodicReportFiled;
import vn.thanhhoa.cds.schemas.raw.ReportedMeasure;
import vn.thanhhoa.cds.schemas.raw.TaskTracked;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/**
 * A raw topic, the record written on it and the fields its connector builds the record key from.
 * An entity whose {@code per} field is among the key fields has all its states on one partition,
 * so its latest state can be kept without moving records between partitions.
 */
public record RawSource<T extends SpecificRecord>(String topic, Class<T> type, Set<String> keyFields) {

    public static final List<RawSource<?>> ALL = List.of(
            new RawSource<>(PipelineTopics.RAW_DOSSIER.name(), DossierStatusChanged.class, Set.of("dossier_code")),
            new RawSource<>(PipelineTopics.RAW_DOCUMENT.name(), DocumentRecorded.class, Set.of("document_id")),
            new RawSource<>(PipelineTopics.RAW_HEALTH_RECORD.name(), HealthRecordEvent.class, Set.of("person_pseudonym")),
            new RawSource<>(PipelineTopics.RAW_TASK.name(), TaskTracked.class, Set.of("task_id")),
            new RawSource<>(PipelineTopics.RAW_PERIODIC_REPORT.name(), PeriodicReportFiled.class, Set.of("report_id")),
            new RawSource<>(PipelineTopics.RAW_REPORTED_MEASURE.name(), ReportedMeasure.class, Set.of("commune_code", "measure", "period", "reporter")),
            new RawSource<>(PipelineTopics.RAW_DECLARATION.name(), Declaration.class, Set.of("commune_code", "indicator_set", "indicator_code", "year", "month")));

    /** The Avro record's name, as the catalog's derivations name it. */
    public String recordName() {
        return type.getSimpleName();
    }
}
