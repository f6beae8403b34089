package vn.thanhhoa.cds.catalog.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.thanhhoa.cds.catalog.yaml.YamlTreeReader;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * Catalog files in a folder: those its {@code index.yaml} lists, or, without an index, every
 * {@code .yaml}/{@code .yml} file below it. Findings name files by their path under the folder
 * as given, so that an editor can open them.
 */
public final class DirectoryCatalogFiles implements CatalogFiles {

    private final Path folder;

    public DirectoryCatalogFiles(Path folder) {
        this.folder = folder;
    }

    @Override
    public List<CatalogFile> read(Consumer<DataFinding> findings) {
        List<CatalogFile> files = new ArrayList<>();
        Path index = folder.resolve("index.yaml");
        if (Files.isRegularFile(index)) {
            readFile(index, findings).ifPresent(indexFile -> {
                for (String entry : IndexFile.entries(new YamlTreeReader(), indexFile, findings)) {
                    readFile(folder.resolve(entry), findings).ifPresent(files::add);
                }
            });
            return files;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .forEach(p -> readFile(p, findings).ifPresent(files::add));
        } catch (IOException e) {
            findings.accept(DataFinding.error(folder.toString(), 0, "", "cannot list the folder: " + e.getMessage()));
        }
        return files;
    }

    private java.util.Optional<CatalogFile> readFile(Path path, Consumer<DataFinding> findings) {
        try {
            return java.util.Optional.of(new CatalogFile(path.toString(), Files.readString(path)));
        } catch (IOException e) {
            findings.accept(DataFinding.error(path.toString(), 0, "", "cannot be read: " + e.getMessage()));
            return java.util.Optional.empty();
        }
    }
}
