package vn.thanhhoa.cds.runtime.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.raw.FilingChannel;
import vn.thanhhoa.cds.schemas.raw.PeriodicReportFiled;
import vn.thanhhoa.cds.schemas.raw.ReportSource;
import vn.thanhhoa.cds.schemas.raw.ReportedMeasure;
import vn.thanhhoa.cds.schemas.serde.ConfluentWireFormat;
import vn.thanhhoa.cds.schemas.serde.WireFormatSerializer;

/**
 * The project's serializer against the registry's own serde, on the real registry: the same bytes
 * for every record (the id resolved once, then reused), and readable by the registry's deserialiser.
 * It lives here, not beside the class in {@code schemas}, because only this module starts a registry.
 */
class WireFormatSerializerTest {

    @TempDir
    static Path directory;

    private static SchemaRegistryProcess registry;

    @BeforeAll
    static void startRegistry() {
        registry = SchemaRegistryProcess.start(directory, 0);
    }

    @AfterAll
    static void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void writesTheSameBytesAsTheRegistrySerdeForEveryRecordAndSchema() {
        try (WireFormatSerializer ours = new WireFormatSerializer(registry.url());
             AvroKafkaSerializer<SpecificRecord> reference = new AvroKafkaSerializer<>();
             AvroKafkaDeserializer<SpecificRecord> reader = new AvroKafkaDeserializer<>()) {
            reference.configure(ConfluentWireFormat.serdeConfig(registry.url(), false), false);
            reader.configure(ConfluentWireFormat.serdeConfig(registry.url(), true), false);
            for (int i = 0; i < 50; i++) {
                // Two schemas on two topics, interleaved, with values that change the body's length.
                ReportedMeasure measure = ReportedMeasure.newBuilder().setCommuneCode("1475" + (i % 10)).setMeasure("power.customers.household")
                        .setPeriod("2026-" + (10 + i % 3)).setValue(i % 5 == 0 ? null : i * 1234.5).setMissing(i % 5 == 0 ? "-" : null).setSource(ReportSource.POWER)
                        .setReporter(i % 2 == 0 ? null : "Công ty Điện lực Thanh Hóa").setFile("báo cáo " + i + ".csv").setRow(i + 5)
                        .setReportedAt(Instant.parse("2026-11-23T01:00:00Z").plusSeconds(i)).build();
                PeriodicReportFiled report = PeriodicReportFiled.newBuilder().setEventId("e" + i).setReportId("BC-" + i).setCommuneCode("15442")
                        .setAgencyCode("000.20.43.H56").setRegimeCode("KTXH_THANG").setRegimeName(i % 3 == 0 ? null : "Báo cáo tháng")
                        .setPeriod("2026-09").setDueDate(LocalDate.of(2026, 9, 20)).setSecret(i % 7 == 0)
                        .setChannel(FilingChannel.values()[i % FilingChannel.values().length]).setFiledAt(null)
                        .setUpdatedAt(Instant.parse("2026-09-18T09:05:00Z")).setSourceLocation("f:" + i).build();

                byte[] measureBytes = ours.serialize("wire.measure", measure);
                byte[] reportBytes = ours.serialize("wire.report", report);

                assertThat(measureBytes).as("measure " + i).isEqualTo(reference.serialize("wire.measure", measure));
                assertThat(reportBytes).as("report " + i).isEqualTo(reference.serialize("wire.report", report));
                assertThat(reader.deserialize("wire.measure", measureBytes)).isEqualTo(measure);
                assertThat(reader.deserialize("wire.report", reportBytes)).isEqualTo(report);
            }
        }
    }
}
