package vn.thanhhoa.cds.connectors.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.cds.schemas.raw.ReportedMeasure;

/**
 * ReportedMeasure with a nullable value, what a missing cell held, and the file a correction replaces
 * stays BACKWARD compatible with the schema before them (test resource {@code schemas/ReportedMeasure-v1.avsc},
 * as the registry holds it in a running deployment): the new reader reads every old record, value included.
 */
class ReportedMeasureCompatibilityTest {

    @Test
    void theNewSchemaReadsRecordsWrittenWithTheOldOne() throws Exception {
        Schema old;
        try (InputStream in = getClass().getResourceAsStream("/schemas/ReportedMeasure-v1.avsc")) {
            old = new Schema.Parser().parse(in);
        }
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(ReportedMeasure.getClassSchema(), old).getType())
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);

        GenericRecord written = new GenericData.Record(old);
        written.put("commune_code", "15442");
        written.put("measure", "power.customers.household");
        written.put("period", "2026-10");
        written.put("value", 1201.0);
        written.put("source", new GenericData.EnumSymbol(old.getField("source").schema(), "POWER"));
        written.put("reporter", null);
        written.put("file", "bao-cao.csv");
        written.put("row", 5);
        written.put("reported_at", 1_700_000_000_000L);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new GenericDatumWriter<GenericRecord>(old).write(written, encoder);
        encoder.flush();

        ReportedMeasure read = new SpecificDatumReader<ReportedMeasure>(old, ReportedMeasure.getClassSchema())
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
        assertThat(read.getValue()).isEqualTo(1201.0);
        assertThat(read.getMissing()).isNull();
        assertThat(read.getReplaces()).isNull();
    }
}
