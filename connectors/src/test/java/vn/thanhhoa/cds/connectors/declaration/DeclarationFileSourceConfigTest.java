package vn.thanhhoa.cds.connectors.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which catalog decides what a commune may declare: the built-in one, or a folder a deployment keeps up to date. */
class DeclarationFileSourceConfigTest {

    private static final List<String> CATALOG_FILES = List.of("index.yaml", "measures.yaml", "indicators-2023-2025.yaml", "indicators-2026.yaml",
            "assignments/tho-dan-2023-2025.yaml", "assignments/hoang-kim-2023.yaml", "assignments/yen-hung-2025.yaml", "assignments/vinh-loc-2026.yaml");

    @TempDir
    Path temp;

    @Test
    void withoutAFolderTheBuiltInCatalogDecides() {
        assertThat(config("").catalog().sets()).containsKeys("2023-2025", "2026");
    }

    @Test
    void aCatalogFolderReplacesTheBuiltInOne() throws Exception {
        Path folder = copyOfBuiltInCatalog();
        // A deployment that only follows the 2026 set.
        Files.writeString(folder.resolve("index.yaml"), Files.readString(folder.resolve("index.yaml")).replace("  - indicators-2023-2025.yaml\n", "")
                .replace("  - assignments/tho-dan-2023-2025.yaml\n", "").replace("  - assignments/hoang-kim-2023.yaml\n", "")
                .replace("  - assignments/yen-hung-2025.yaml\n", ""));

        assertThat(config(folder.toString()).catalog().sets()).containsOnlyKeys("2026");
    }

    @Test
    void aCatalogWithErrorsIsAConfigurationErrorNamingFileAndLine() throws Exception {
        Path folder = copyOfBuiltInCatalog();
        Files.writeString(folder.resolve("indicators-2026.yaml"),
                Files.readString(folder.resolve("indicators-2026.yaml")).replaceFirst("kind: ratio", "kind: fraction"));

        assertThatThrownBy(() -> config(folder.toString()).catalog())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("catalog.dir")
                .hasMessageContaining("indicators-2026.yaml:")
                .hasMessageContaining("fraction");
    }

    private Path copyOfBuiltInCatalog() throws IOException {
        Path folder = temp.resolve("catalog");
        for (String name : CATALOG_FILES) {
            Path target = folder.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("catalog/" + name)) {
                assertThat(in).as("built-in catalog file " + name).isNotNull();
                Files.copy(in, target);
            }
        }
        return folder;
    }

    private DeclarationFileSourceConfig config(String catalogDir) {
        Map<String, String> settings = new HashMap<>();
        settings.put(DeclarationFileSourceConfig.INPUT_DIR_CONFIG, temp.toString());
        settings.put(DeclarationFileSourceConfig.QUARANTINE_DIR_CONFIG, temp.resolve("quarantine").toString());
        settings.put(DeclarationFileSourceConfig.REGISTRY_URL_CONFIG, "http://registry.invalid");
        settings.put(DeclarationFileSourceConfig.COMMUNE_CODES_CONFIG, temp.resolve("communes.csv").toString());
        settings.put(DeclarationFileSourceConfig.CATALOG_DIR_CONFIG, catalogDir);
        return new DeclarationFileSourceConfig(settings);
    }
}
