package vn.thanhhoa.cds.catalog;

import vn.thanhhoa.cds.catalog.load.CatalogLoader;
import vn.thanhhoa.cds.catalog.load.ClasspathCatalogFiles;
import vn.thanhhoa.cds.catalog.load.LoadResult;

/** The built-in catalog, loaded once for the tests that only read it. */
public final class TestCatalog {

    private static final LoadResult LOADED = CatalogLoader.load(new ClasspathCatalogFiles());

    private TestCatalog() {}

    public static LoadResult loaded() {
        return LOADED;
    }

    public static Catalog catalog() {
        return LOADED.orThrow();
    }
}
