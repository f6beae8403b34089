package vn.thanhhoa.cds.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.DIRECT;
import static vn.thanhhoa.cds.schemas.raw.ReceivingChannel.ONLINE;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.schemas.indicator.IndicatorValue;
import vn.thanhhoa.cds.schemas.indicator.ValueStatus;
import vn.thanhhoa.cds.schemas.indicator.ValueWindow;
import vn.thanhhoa.cds.schemas.raw.DossierStatusChanged;
import vn.thanhhoa.cds.schemas.raw.ReceivingChannel;

/**
 * 2023–2025 item 3.11: adults who used online public services, people and not dossiers: each counted
 * once in the year by pseudonym, in the commune of their newest online dossier.
 */
class DistinctPeopleTest {

    private static final String YEN_NINH = "15442";
    private static final String YEN_TRUONG = "15421";

    @TempDir
    Path state;

    @Test
    void eachAdultCountsOnceInTheCommuneOfTheirNewestOnlineDossier() {
        try (EngineDriver engine = new EngineDriver(LocalDateTime.parse("2026-11-25T10:00"), state)) {
            engine.statistic(YEN_NINH, 2025, "population.adult", 40);
            engine.statistic(YEN_TRUONG, 2025, "population.adult", 10);
            engine.target("2023-2025", "3.11", 2025, null, ">=", 50.0);
            // Anh: three online dossiers in Yên Ninh → one person.
            engine.dossier(applicant("A1", YEN_NINH, "k1:anh", true, ONLINE, "2025-08-01T09:00"));
            engine.dossier(applicant("A2", YEN_NINH, "k1:anh", true, ONLINE, "2025-09-01T09:00"));
            engine.dossier(applicant("A3", YEN_NINH, "k1:anh", true, ONLINE, "2025-10-01T09:00"));
            // Bình: online in Yên Ninh, then newer in Yên Trường → counted in Yên Trường only.
            engine.dossier(applicant("B1", YEN_NINH, "k1:binh", true, ONLINE, "2025-08-02T09:00"));
            engine.dossier(applicant("B2", YEN_TRUONG, "k1:binh", true, ONLINE, "2025-11-02T09:00"));
            // Not counted: Chi came in person; Dũng is a minor; Em's age cannot be told.
            engine.dossier(applicant("C1", YEN_NINH, "k1:chi", true, DIRECT, "2025-08-03T09:00"));
            engine.dossier(applicant("D1", YEN_NINH, "k1:dung", false, ONLINE, "2025-08-04T09:00"));
            engine.dossier(applicant("E1", YEN_NINH, "k1:em", null, ONLINE, "2025-08-05T09:00"));

            // By hand: Yên Ninh 1 person (Anh) of 40 adults = 2.5 %; Yên Trường 1 (Bình) of 10 = 10 %.
            IndicatorValue yenNinh = engine.value(YEN_NINH, "2023-2025", "3.11", 2025, ValueWindow.YEAR_TO_DATE);
            assertThat(yenNinh.getNumerator()).isEqualTo(1.0);
            assertThat(yenNinh.getValue()).isEqualTo(2.5);
            assertThat(yenNinh.getStatus()).isEqualTo(ValueStatus.BELOW);
            assertThat(yenNinh.getApproximate()).as("no residence in the sync format: the processing commune stands in").isTrue();
            IndicatorValue yenTruong = engine.value(YEN_TRUONG, "2023-2025", "3.11", 2025, ValueWindow.YEAR_TO_DATE);
            assertThat(yenTruong.getNumerator()).isEqualTo(1.0);
            assertThat(yenTruong.getValue()).isEqualTo(10.0);
        }
    }

    private static DossierStatusChanged applicant(String code, String commune, String pseudonym, Boolean adult, ReceivingChannel channel, String received) {
        return DossierStatusChanged.newBuilder(EngineDriver.dossier(code, commune, 2, channel, received, received))
                .setApplicantType("1")
                .setApplicantPseudonym(pseudonym)
                .setApplicantAdult(adult)
                .build();
    }
}
