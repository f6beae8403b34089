package vn.thanhhoa.cds.pipeline.reference;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.adminunits.conversion.Successor;
import vn.thanhhoa.cds.adminunits.statistics.ReferenceStatistics;
import vn.thanhhoa.cds.adminunits.statistics.StatisticField;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.indicator.Indicator;
import vn.thanhhoa.cds.catalog.indicator.IndicatorSet;
import vn.thanhhoa.cds.catalog.target.Assignment;
import vn.thanhhoa.cds.catalog.target.Target;
import vn.thanhhoa.cds.catalog.target.TargetOverride;
import vn.thanhhoa.cds.runtime.kafka.AvroPublisher;
import vn.thanhhoa.cds.schemas.reference.IndicatorRecord;
import vn.thanhhoa.cds.schemas.reference.TargetRecord;
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
    public record Published(int units, int statistics, int indicators, int targets) {
    }

    private final ReferenceData data;
    private final Catalog catalog;

    public ReferencePublication(ReferenceData data, Catalog catalog) {
        this.data = data;
        this.catalog = catalog;
    }

    public ReferenceData data() {
        return data;
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
        Map<String, IndicatorRecord> indicators = new LinkedHashMap<>();
        Map<String, TargetRecord> targets = new LinkedHashMap<>();
        for (IndicatorSet set : catalog.sets().values()) {
            for (Indicator indicator : set.indicators()) {
                indicators.put(set.id() + "|" + indicator.code(), IndicatorRecord.newBuilder()
                        .setIndicatorSet(set.id())
                        .setCode(indicator.code())
                        .setPillar(indicator.pillar().name())
                        .setName(indicator.name())
                        .setUnit(indicator.unit())
                        .setKind(indicator.kind().name())
                        .setNumeratorMeasure(indicator.computation().numerator())
                        .setDenominatorMeasure(indicator.computation().denominator().orElse(null))
                        .setOwner(indicator.ownership().ownerPrinted())
                        .build());
                indicator.targets().forEach((year, target) -> targets.put(set.id() + "|" + indicator.code() + "|" + year + "|*",
                        target(set.id(), indicator.code(), year, null, target, set.source())));
            }
        }
        for (Assignment assignment : catalog.assignments()) {
            for (TargetOverride override : assignment.overrides()) {
                targets.put(assignment.setId() + "|" + override.code() + "|" + override.year() + "|" + assignment.commune().code(),
                        target(assignment.setId(), override.code(), override.year(), assignment.commune().code(), override.target(), assignment.source()));
            }
        }
        return new Published(publisher.publish(PipelineTopics.REF_ADMIN_UNIT.name(), units),
                publisher.publish(PipelineTopics.REF_STATISTIC.name(), statistics),
                publisher.publish(PipelineTopics.REF_INDICATOR.name(), indicators),
                publisher.publish(PipelineTopics.REF_TARGET.name(), targets));
    }

    private static TargetRecord target(String set, String code, int year, String commune, Target target, String source) {
        return TargetRecord.newBuilder()
                .setIndicatorSet(set)
                .setCode(code)
                .setYear(year)
                .setCommuneCode(commune)
                .setOperator(target.operator().symbol())
                .setValue(target.value().map(java.math.BigDecimal::doubleValue).orElse(null))
                .setUpper(target.upper().map(java.math.BigDecimal::doubleValue).orElse(null))
                .setSource(source)
                .build();
    }
}
