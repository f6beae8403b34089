package vn.thanhhoa.cds.catalog.validation;

import java.util.List;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** One rule about the loaded catalog. */
interface CatalogCheck {

    List<DataFinding> check(Catalog catalog);
}
