package vn.thanhhoa.cds.catalog.load;

import java.util.List;
import java.util.function.Consumer;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Where catalog files come from: the classpath (built in) or a folder (to check files being edited). */
public interface CatalogFiles {

    /** The files, in no particular order; unreadable ones are reported and left out. */
    List<CatalogFile> read(Consumer<DataFinding> findings);
}
