package vn.thanhhoa.cds.catalog.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thanhhoa.cds.schemas.data.DataFinding;

class YamlTreeReaderTest {

    @Test
    void unquotedCodesStayText() {
        List<DataFinding> findings = new ArrayList<>();
        Node node = new YamlTreeReader().read("t.yaml", "a: 1.10\nb: 3.1\n\"1.10\": x\n", findings::add).orElseThrow();
        Node.MapNode map = (Node.MapNode) node;
        assertThat(((Node.ScalarNode) map.entries().get("a").value()).text()).isEqualTo("1.10");
        assertThat(((Node.ScalarNode) map.entries().get("b").value()).text()).isEqualTo("3.1");
        assertThat(map.entries().get("1.10").keyLine()).isEqualTo(3);
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsDuplicateKeysWithBothLines() {
        List<DataFinding> findings = new ArrayList<>();
        new YamlTreeReader().read("t.yaml", "x: 1\ny: 2\nx: 3\n", findings::add);
        assertThat(findings).singleElement().hasToString("t.yaml:3: error: x: duplicate key (first given on line 1)");
    }
}
