package vn.thanhhoa.cds.cli.catalog;

import java.io.PrintStream;
import java.util.List;
import vn.thanhhoa.cds.adminunits.validation.ReferenceDataValidator;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * {@code ./cds catalog validate}: checks the reference data the pipeline ships and prints every
 * warning and error as {@code file:line: severity: message}; exits 1 on errors only. Today it covers
 * the administrative units, the 2025 conversion, agency codes and reference statistics; the
 * indicator catalog joins it when it lands.
 */
public final class CatalogCommand {

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || !args.getFirst().equals("validate")) {
            err.println("Usage: ./cds catalog validate");
            return 2;
        }
        List<DataFinding> findings = new ReferenceDataValidator().validate();
        findings.forEach(out::println);
        long errors = findings.stream().filter(DataFinding::isError).count();
        out.printf("%d errors, %d warnings%n", errors, findings.size() - errors);
        return errors > 0 ? 1 : 0;
    }
}
