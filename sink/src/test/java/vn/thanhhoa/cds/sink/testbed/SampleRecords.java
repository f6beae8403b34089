package vn.thanhhoa.cds.sink.testbed;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import vn.thanhhoa.cds.schemas.raw.Declaration;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.raw.Evidence;
import vn.thanhhoa.cds.schemas.raw.ReceivingChannel;
import vn.thanhhoa.cds.schemas.raw.ServiceLevel;

/** Deterministic records of the raw topics: the same call gives the same records, ids included. */
public final class SampleRecords {

    private static final List<String> COMMUNES = List.of("15763", "15442", "15349", "16015", "15853");
    private static final long START = Instant.parse("2026-01-05T01:00:00Z").toEpochMilli();

    private SampleRecords() {
    }

    /** {@code count} dossier status changes, {@code prefix} making the ids distinct between tests. */
    public static List<DossierStatusChanged> dossiers(String prefix, int count) {
        return IntStream.range(0, count).<DossierStatusChanged>mapToObj(i -> DossierStatusChanged.newBuilder()
                .setEventId(prefix + "-" + i)
                .setDossierCode("000.00.20.H56-260105-" + String.format("%05d", i / 2))
                .setProcedureCode("1.000894.000.00.00.H56")
                .setServiceLevel(i % 3 == 0 ? ServiceLevel.FULLY_ONLINE : null)
                .setChannel(i % 2 == 0 ? ReceivingChannel.ONLINE : ReceivingChannel.DIRECT)
                .setApplicantPseudonym(i % 5 == 0 ? null : "k1:" + Integer.toHexString(i * 7919))
                .setStatus(i % 2 == 0 ? 2 : 10)
                .setSubmittedAt(Instant.ofEpochMilli(START + i * 60_000L))
                .setAgencyCode("000.00.20.H56")
                .setCommuneCode(COMMUNES.get(i % COMMUNES.size()))
                .setChangedAt(Instant.ofEpochMilli(START + i * 60_000L + 1_234))
                .setSourceLocation("hoso-2026-01.jsonl:" + (i + 1))
                .build()).toList();
    }

    /** A declaration with evidence and parts, Vietnamese text included. */
    public static Declaration declaration() {
        return Declaration.newBuilder()
                .setDeclarationId("15763|2026|29|2026")
                .setCommuneCode("15763")
                .setIndicatorSet("2026")
                .setIndicatorCode("29")
                .setYear(2026)
                .setValue(24.0)
                .setParts(java.util.Map.of("web.dx_section", 1.0, "web.dx_link", 0.0))
                .setEvidence(List.of(new Evidence("Chuyên mục chuyển đổi số trên cổng thông tin xã", "https://thophu.thanhhoa.gov.vn/cds")))
                .setDeclaredBy("canbo.vanhoa")
                .setDeclaredAt(Instant.ofEpochMilli(START))
                .build();
    }
}
