package vn.thanhhoa.cds.streams.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.cds.schemas.raw.Declaration;
import vn.thanhhoa.cds.streams.measures.EntityState;
import vn.thanhhoa.cds.streams.measures.RawSource;

class EntityStateLayoutTest {

    private static final List<String> FIELDS = List.of("code", "commune", "online", "paid", "status", "files", "ratio", "share",
            "changed_at", "precise", "day", "unset", "yearless");

    private static EntityState sample() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", "000.20.43.H56-2600000001");
        fields.put("commune", "Yên Ninh");
        fields.put("online", true);
        fields.put("paid", false);
        fields.put("status", -10);
        fields.put("files", 1L << 40);
        fields.put("ratio", -0.125);
        fields.put("share", 2.5f);
        fields.put("changed_at", Instant.parse("2025-08-04T02:05:00.123Z"));
        fields.put("precise", Instant.parse("1969-12-31T23:59:59.000000001Z"));
        fields.put("day", LocalDate.of(2025, 7, 1));
        fields.put("unset", null);
        fields.put("yearless", "");
        return new EntityState("DossierStatusChanged", fields);
    }

    @Test
    void everyKindOfValueReadsBackAsWritten() {
        EntityStateLayout layout = new EntityStateLayout("DossierStatusChanged", FIELDS);
        byte[] written = layout.write(sample());
        assertThat(EntityStateLayout.isCompact(written)).isTrue();
        assertThat(EntityStateLayout.layoutOf(written)).isEqualTo(layout.id());
        assertThat(layout.read(written)).isEqualTo(sample());
    }

    @Test
    void aStateIsReadWithTheFieldListItWasWrittenWith() {
        EntityStateLayout earlier = new EntityStateLayout("DossierStatusChanged", FIELDS);
        EntityStateLayout described = EntityStateLayout.fromDescriptor(earlier.descriptor());
        assertThat(described.id()).isEqualTo(earlier.id());
        assertThat(described.fields()).isEqualTo(FIELDS);
        assertThat(described.read(earlier.write(sample()))).isEqualTo(sample());
        EntityStateLayout fewer = new EntityStateLayout("DossierStatusChanged", FIELDS.subList(0, 3));
        assertThat(fewer.id()).isNotEqualTo(earlier.id());
        assertThat(fewer.read(fewer.write(sample())).value("status")).as("a field not kept reads as unset").isNull();
    }

    @Test
    void aValueOfAnotherKindIsRefusedNamingTheField() {
        EntityState withList = new EntityState("Declaration", Map.of("evidence", List.of("BC-01")));
        assertThatThrownBy(() -> new EntityStateLayout("Declaration", List.of("evidence")).write(withList))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Declaration.evidence");
    }

    /** An older engine's state is a whole Avro record: told apart because every raw record starts with a string. */
    @Test
    void everyRawRecordKeptInALatestStateStartsWithAString() {
        for (RawSource<?> source : RawSource.ALL) {
            if (source.type() == Declaration.class) {
                continue; // declarations keep their whole record (DeclarationProcessor)
            }
            Schema schema = org.apache.avro.specific.SpecificData.get().getSchema(source.type());
            assertThat(schema.getFields().getFirst().schema().getType()).as(source.recordName()).isEqualTo(Schema.Type.STRING);
        }
    }
}
