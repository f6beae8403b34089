package vn.thanhhoa.cds.cli.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thanhhoa.cds.catalog.load.CatalogLoader;

/** The page's check is the connector's mapping: what it would dead-letter is refused in Vietnamese, naming the field. */
class ConnectorDeclarationCheckTest {

    @Test
    void aLineTheConnectorTakesPassesAndOneItWouldDeadLetterIsRefusedNamingTheField(@TempDir Path temp) throws Exception {
        Path communes = Files.writeString(temp.resolve("communes.csv"), "commune_code,valid_from,valid_to\n14758,2025-07-01,\n");
        ConnectorDeclarationCheck check = new ConnectorDeclarationCheck(communes, "declarations.commune.codes.file", CatalogLoader.builtIn());
        String good = "{\"maXa\":\"14758\",\"boChiTieu\":\"2026\",\"maChiTieu\":\"3\",\"nam\":2026,\"giaTri\":7,\"minhChung\":[],"
                + "\"nguoiKeKhai\":\"canboxa\",\"thoiGian\":\"2026-11-25T10:00:00.000+07:00\"}";

        assertThat(check.refusal(good)).isEmpty();
        // 15442 is no commune in this list: the connector would dead-letter the line on maXa.
        assertThat(check.refusal(good.replace("14758", "15442"))).hasValueSatisfying(why ->
                assertThat(why).startsWith("hệ thống tiếp nhận khai báo không chấp nhận trường “mã xã”").contains("15442"));
    }
}
