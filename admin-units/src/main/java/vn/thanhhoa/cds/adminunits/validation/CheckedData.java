package vn.thanhhoa.cds.adminunits.validation;

import java.util.List;

import vn.thanhhoa.cds.adminunits.agency.AgencyCode;
import vn.thanhhoa.cds.adminunits.conversion.ConversionEdge;
import vn.thanhhoa.cds.adminunits.conversion.SplitWeight;
import vn.thanhhoa.cds.adminunits.statistics.ReferenceStatistics;
import vn.thanhhoa.cds.adminunits.statistics.SeedFigure;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/** Everything read from the files, and every finding of every check, errors first within each file. */
public record CheckedData(List<AdministrativeUnit> units, List<ConversionEdge> edges, List<SplitWeight> splitWeights,
                          List<AgencyCode> agencyCodes, List<ReferenceStatistics> statistics, List<SeedFigure> seedFigures,
                          List<DataFinding> findings) {

    public CheckedData {
        units = List.copyOf(units);
        edges = List.copyOf(edges);
        splitWeights = List.copyOf(splitWeights);
        agencyCodes = List.copyOf(agencyCodes);
        statistics = List.copyOf(statistics);
        seedFigures = List.copyOf(seedFigures);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(DataFinding::isError);
    }
}
