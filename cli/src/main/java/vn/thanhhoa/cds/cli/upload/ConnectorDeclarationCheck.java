package vn.thanhhoa.cds.cli.upload;

import java.nio.file.Path;
import java.util.Optional;
import vn.thanhhoa.cds.catalog.Catalog;
import vn.thanhhoa.cds.catalog.declaration.DeclarableIndicators;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.declaration.DeclarationLineCheck;
import vn.thanhhoa.cds.dashboards.declaration.DeclarationCheck;

/**
 * The declaration page's check, done by the declaration connector's own mapping with the same
 * commune list and catalog the connector reads: a line it would dead-letter is refused at the page.
 */
public final class ConnectorDeclarationCheck implements DeclarationCheck {

    private final DeclarationLineCheck check;

    /**
     * @param communeCodes the connector's {@code commune.codes.file}
     * @param setting      the setting that named it, for the error should it be unreadable
     */
    public ConnectorDeclarationCheck(Path communeCodes, String setting, Catalog catalog) {
        this.check = new DeclarationLineCheck(CommuneCodes.read(communeCodes, setting), new DeclarableIndicators(catalog));
    }

    @Override
    public Optional<String> refusal(String line) {
        return check.refusal(line);
    }
}
