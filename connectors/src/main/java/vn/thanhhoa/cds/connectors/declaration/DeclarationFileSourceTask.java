package vn.thanhhoa.cds.connectors.declaration;

import vn.thanhhoa.cds.catalog.declaration.DeclarableIndicators;
import java.util.Map;
import vn.thanhhoa.cds.connectors.ReferenceSettings;
import vn.thanhhoa.cds.connectors.agency.CommuneCodes;
import vn.thanhhoa.cds.connectors.folder.LineFileSourceTask;
import vn.thanhhoa.cds.schemas.raw.Declaration;

/** Reads declaration files; each line is one declaration (see {@link DeclarationMapping}). */
public final class DeclarationFileSourceTask extends LineFileSourceTask<Declaration> {

    @Override
    protected Setup<Declaration> setUp(Map<String, String> props) {
        DeclarationFileSourceConfig config = new DeclarationFileSourceConfig(props);
        CommuneCodes communes = ReferenceSettings.communeCodes(config);
        return new Setup<>(config, new DeclarationMapping(communes, new DeclarableIndicators(config.catalog())), "declaration", "declaration-file");
    }
}
