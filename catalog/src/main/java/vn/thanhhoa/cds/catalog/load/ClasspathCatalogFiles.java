package vn.thanhhoa.cds.catalog.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.thanhhoa.cds.catalog.yaml.YamlTreeReader;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * The catalog files on the classpath, listed by {@code <folder>/index.yaml}. Resources are found
 * by name, never by file path, so the folder can move to another module without code changes.
 */
public final class ClasspathCatalogFiles implements CatalogFiles {

    public static final String DEFAULT_FOLDER = "catalog";

    private final String folder;
    private final ClassLoader classLoader;

    public ClasspathCatalogFiles() {
        this(DEFAULT_FOLDER, ClasspathCatalogFiles.class.getClassLoader());
    }

    public ClasspathCatalogFiles(String folder, ClassLoader classLoader) {
        this.folder = folder;
        this.classLoader = classLoader;
    }

    @Override
    public List<CatalogFile> read(Consumer<DataFinding> findings) {
        String indexName = folder + "/index.yaml";
        List<CatalogFile> files = new ArrayList<>();
        readResource(indexName, findings).ifPresent(index -> {
            for (String entry : IndexFile.entries(new YamlTreeReader(), index, findings)) {
                readResource(folder + "/" + entry, findings).ifPresent(files::add);
            }
        });
        return files;
    }

    private java.util.Optional<CatalogFile> readResource(String name, Consumer<DataFinding> findings) {
        try (InputStream in = classLoader.getResourceAsStream(name)) {
            if (in == null) {
                findings.accept(DataFinding.error(name, 0, "", "no such resource on the classpath"));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new CatalogFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            findings.accept(DataFinding.error(name, 0, "", "cannot be read: " + e.getMessage()));
            return java.util.Optional.empty();
        }
    }
}
