package vn.thanhhoa.cds.catalog.load;

import java.util.List;
import java.util.function.Consumer;
import vn.thanhhoa.cds.catalog.yaml.YamlTreeReader;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** The {@code index.yaml} that lists a catalog folder's files, relative to the folder. */
final class IndexFile {

    private IndexFile() {}

    static List<String> entries(YamlTreeReader reader, CatalogFile index, Consumer<DataFinding> findings) {
        return reader.read(index.name(), index.text(), findings)
                .flatMap(node -> Fields.of(index.name(), node, "", findings))
                .map(fields -> {
                    fields.rejectUnknown(java.util.Set.of("document", "files"));
                    if (!fields.has("files")) {
                        fields.error("files", "is required: the catalog files, relative to this folder");
                    }
                    return fields.texts("files");
                })
                .orElse(List.of());
    }
}
