package vn.thanhhoa.cds.adminunits.validation;

import java.util.ArrayList;
import java.util.List;

import vn.thanhhoa.cds.adminunits.agency.AgencyCode;
import vn.thanhhoa.cds.adminunits.agency.AgencyFileReader;
import vn.thanhhoa.cds.adminunits.conversion.ConversionEdge;
import vn.thanhhoa.cds.adminunits.conversion.ConversionFileReader;
import vn.thanhhoa.cds.adminunits.conversion.SplitWeight;
import vn.thanhhoa.cds.adminunits.file.Parsed;
import vn.thanhhoa.cds.adminunits.file.ReferenceDataFiles;
import vn.thanhhoa.cds.adminunits.statistics.ReferenceStatistics;
import vn.thanhhoa.cds.adminunits.statistics.SeedFigure;
import vn.thanhhoa.cds.adminunits.statistics.StatisticsFileReader;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.UnitFileReader;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * Reads every units/statistics file and checks each row and the files against each other.
 * {@link #validate()} is what {@code ./cds catalog validate} prints; loading refuses data with errors.
 */
public final class ReferenceDataValidator {

    private final ReferenceDataFiles files;

    public ReferenceDataValidator() {
        this(ReferenceDataFiles.DEFAULT);
    }

    public ReferenceDataValidator(ReferenceDataFiles files) {
        this.files = files;
    }

    /** Every error and warning, each naming file and line. */
    public List<DataFinding> validate() {
        return check().findings();
    }

    public CheckedData check() {
        Findings findings = new Findings();
        List<AdministrativeUnit> units = new ArrayList<>();
        for (String file : files.units()) {
            units.addAll(take(UnitFileReader.read(file), findings));
        }
        List<ConversionEdge> edges = take(ConversionFileReader.readEdges(files.conversion()), findings);
        List<SplitWeight> weights = take(ConversionFileReader.readWeights(files.splitWeights()), findings);
        List<AgencyCode> agencies = take(AgencyFileReader.read(files.agencyCodes()), findings);
        List<ReferenceStatistics> statistics = new ArrayList<>();
        for (String file : files.statistics()) {
            statistics.addAll(take(StatisticsFileReader.readStatistics(file), findings));
        }
        List<SeedFigure> seeds = take(StatisticsFileReader.readSeedFigures(files.seedFigures()), findings);

        UnitChecks.check(units, findings);
        ConversionChecks.check(units, edges, weights, files.changeDate(), files.conversion(), findings);
        AgencyChecks.check(units, agencies, findings);
        StatisticsChecks.check(units, statistics, seeds, findings);
        return new CheckedData(units, edges, weights, agencies, statistics, seeds, findings.list());
    }

    private static <T> List<T> take(Parsed<T> parsed, Findings findings) {
        findings.addAll(parsed.findings());
        return parsed.records();
    }
}
