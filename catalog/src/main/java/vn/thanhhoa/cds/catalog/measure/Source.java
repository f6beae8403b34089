package vn.thanhhoa.cds.catalog.measure;

import java.util.List;
import vn.thanhhoa.cds.catalog.Origin;

/**
 * A system or report that produces measures (one-stop TTHC system, bank report, declaration…).
 *
 * @param records the Avro records its connector writes, which its measures' derivations may read;
 *                empty for reference statistics, which admin-units publishes
 */
public record Source(String id, String name, List<String> records, Origin origin) {

    public Source {
        records = List.copyOf(records);
    }

    public static final String DECLARATION = "declaration";
    public static final String REFERENCE = "reference";

    /** The monthly reports of banks, telecom operators and the power company: several reporters per commune. */
    public boolean isReport() {
        return id.endsWith("-report");
    }
}
