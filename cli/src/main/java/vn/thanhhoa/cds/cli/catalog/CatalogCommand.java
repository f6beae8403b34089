package vn.thanhhoa.cds.cli.catalog;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.thanhhoa.cds.adminunits.validation.ReferenceDataValidator;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * {@code ./cds catalog ...}: the indicator catalog's own command (targets, validate), with
 * {@code validate} also checking the administrative units, conversion, agency codes and statistics.
 * Findings print as {@code file:line: severity: message}; exit 1 on errors only.
 */
public final class CatalogCommand {

    public int run(List<String> args, PrintStream out, PrintStream err) {
        var indicators = new vn.thanhhoa.cds.catalog.command.CatalogCommand();
        if (args.isEmpty() || !args.getFirst().equals("validate") || args.size() > 1) {
            return indicators.run(args, out, err);
        }
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        int catalogStatus = indicators.run(args, out, new PrintStream(summary, true, StandardCharsets.UTF_8));
        List<DataFinding> findings = new ReferenceDataValidator().validate();
        findings.forEach(out::println);
        long errors = findings.stream().filter(DataFinding::isError).count();
        err.print("indicator catalog: " + summary.toString(StandardCharsets.UTF_8));
        err.printf("administrative units and statistics: %d errors, %d warnings%n", errors, findings.size() - errors);
        return catalogStatus == 1 || errors > 0 ? 1 : catalogStatus;
    }
}
