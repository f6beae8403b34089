package vn.thanhhoa.cds.cli.reference;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.adminunits.conversion.Successor;
import vn.thanhhoa.cds.adminunits.statistics.ReferenceStatistics;
import vn.thanhhoa.cds.adminunits.statistics.StatisticField;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.runtime.kafka.AvroPublisher;
import vn.thanhhoa.cds.schemas.reference.AdminUnitRecord;
import vn.thanhhoa.cds.schemas.reference.StatisticRecord;
import vn.thanhhoa.cds.schemas.topic.PipelineTopics;

/**
 * Publishes the reference data to its compacted topics at start-up, keyed so that a republished
 * record replaces the old one: streams join with these topics, and a changed figure propagates
 * without a restart.
 */
public final class ReferencePublication {

    /** How many records went to each topic. */
    public record Published(int units, int statistics) {
    }

    private final ReferenceData data;

    public ReferencePublication(ReferenceData data) {
        this.data = data;
    }

    public Published publishTo(AvroPublisher publisher) {
        Map<String, AdminUnitRecord> units = new LinkedHashMap<>();
        for (AdministrativeUnit unit : data.units().all()) {
            LocalDate from = unit.validity().from().orElse(LocalDate.of(2000, 1, 1));
            List<String> successors = unit.validity().to().isPresent()
                    ? data.conversion().successorsOf(unit.code()).stream().map(Successor::newCode).toList()
                    : List.of();
            units.put(unit.code() + "|" + from, AdminUnitRecord.newBuilder()
                    .setCode(unit.code())
                    .setValidFrom(from)
                    .setValidTo(unit.validity().to().orElse(null))
                    .setName(unit.name())
                    .setLevel(unit.level().name())
                    .setKind(unit.type())
                    .setParentCode(unit.parentCode().orElse(null))
                    .setSuccessorCodes(successors)
                    .build());
        }
        Map<String, StatisticRecord> statistics = new LinkedHashMap<>();
        for (int year : data.statistics().years()) {
            for (ReferenceStatistics row : data.statistics().year(year)) {
                for (StatisticField field : StatisticField.values()) {
                    statistics.put(row.unitCode() + "|" + year + "|" + field.measure(), StatisticRecord.newBuilder()
                            .setCommuneCode(row.unitCode())
                            .setYear(year)
                            .setMeasure(field.measure())
                            .setValue(row.value(field))
                            .setSource(row.source())
                            .build());
                }
            }
        }
        return new Published(publisher.publish(PipelineTopics.REF_ADMIN_UNIT.name(), units),
                publisher.publish(PipelineTopics.REF_STATISTIC.name(), statistics));
    }
}
