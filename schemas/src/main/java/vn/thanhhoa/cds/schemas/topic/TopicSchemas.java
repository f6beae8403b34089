package vn.thanhhoa.cds.schemas.topic;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import vn.thanhhoa.cds.schemas.alert.CommuneAlert;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.quality.DataQualityFinding;
import vn.thanhhoa.cds.schemas.raw.Declaration;
import vn.thanhhoa.cds.schemas.raw.DocumentRecorded;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.raw.HealthRecordEvent;
import vn.thanhhoa.cds.schemas.raw.PeriodicReportFiled;
import vn.thanhhoa.cds.schemas.raw.ReportedMeasure;
import vn.thanhhoa.cds.schemas.raw.SourceDeadLetter;
import vn.thanhhoa.cds.schemas.raw.TaskTracked;
import vn.thanhhoa.cds.schemas.recognition.CommuneRecognition;
import vn.thanhhoa.cds.schemas.reference.AdminUnitRecord;
import vn.thanhhoa.cds.schemas.reference.IndicatorRecord;
import vn.thanhhoa.cds.schemas.reference.StatisticRecord;
import vn.thanhhoa.cds.schemas.reference.TargetRecord;

/** The value schema of each topic the connectors and the reference publisher write; registered under the subject {@code <topic>-value}. */
public final class TopicSchemas {

    private TopicSchemas() {
    }

    public static Map<TopicSpec, Schema> all() {
        Map<TopicSpec, Schema> schemas = new LinkedHashMap<>();
        schemas.put(PipelineTopics.RAW_DOSSIER, DossierStatusChanged.getClassSchema());
        schemas.put(PipelineTopics.RAW_DOCUMENT, DocumentRecorded.getClassSchema());
        schemas.put(PipelineTopics.RAW_HEALTH_RECORD, HealthRecordEvent.getClassSchema());
        schemas.put(PipelineTopics.RAW_REPORTED_MEASURE, ReportedMeasure.getClassSchema());
        schemas.put(PipelineTopics.RAW_TASK, TaskTracked.getClassSchema());
        schemas.put(PipelineTopics.RAW_PERIODIC_REPORT, PeriodicReportFiled.getClassSchema());
        schemas.put(PipelineTopics.RAW_DECLARATION, Declaration.getClassSchema());
        schemas.put(PipelineTopics.DLQ_SOURCE, SourceDeadLetter.getClassSchema());
        schemas.put(PipelineTopics.DQ_FINDING, DataQualityFinding.getClassSchema());
        schemas.put(PipelineTopics.REF_ADMIN_UNIT, AdminUnitRecord.getClassSchema());
        schemas.put(PipelineTopics.REF_INDICATOR, IndicatorRecord.getClassSchema());
        schemas.put(PipelineTopics.REF_TARGET, TargetRecord.getClassSchema());
        schemas.put(PipelineTopics.REF_STATISTIC, StatisticRecord.getClassSchema());
        schemas.put(PipelineTopics.INDICATOR_VALUE, IndicatorValue.getClassSchema());
        schemas.put(PipelineTopics.INDICATOR_VALUE_MONTH_END, IndicatorValue.getClassSchema());
        schemas.put(PipelineTopics.ALERT, CommuneAlert.getClassSchema());
        schemas.put(PipelineTopics.RECOGNITION, CommuneRecognition.getClassSchema());
        return schemas;
    }

    /** Confluent's default subject name for a topic's values (TopicNameStrategy), which Apicurio's TopicIdStrategy matches. */
    public static String valueSubject(TopicSpec topic) {
        return topic.name() + "-value";
    }
}
