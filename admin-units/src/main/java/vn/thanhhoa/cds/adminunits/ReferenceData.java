package vn.thanhhoa.cds.adminunits;

import java.util.List;

import vn.thanhhoa.cds.adminunits.agency.AgencyDirectory;
import vn.thanhhoa.cds.adminunits.conversion.UnitConversion;
import vn.thanhhoa.cds.adminunits.file.ReferenceDataFiles;
import vn.thanhhoa.cds.adminunits.rollup.RatioRollup;
import vn.thanhhoa.cds.adminunits.statistics.StatisticsTable;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnits;
import vn.thanhhoa.cds.adminunits.validation.CheckedData;
import vn.thanhhoa.cds.adminunits.validation.ReferenceDataValidator;
import vn.thanhhoa.cds.schemas.data.DataFileException;
import vn.thanhhoa.cds.schemas.data.DataFinding;

/**
 * The validated administrative units, the 2025 conversion, agency codes and reference statistics,
 * read from classpath resources. Loading fails with every error at once rather than the first.
 *
 * @param warnings what the checks found that the data keeps on purpose (source spellings, for example)
 */
public record ReferenceData(AdministrativeUnits units, UnitConversion conversion, AgencyDirectory agencies,
                            StatisticsTable statistics, List<DataFinding> warnings) {

    public ReferenceData {
        warnings = List.copyOf(warnings);
    }

    public static ReferenceData load() {
        return load(ReferenceDataFiles.DEFAULT);
    }

    /** @throws DataFileException when any file has an error */
    public static ReferenceData load(ReferenceDataFiles files) {
        CheckedData checked = new ReferenceDataValidator(files).check();
        if (checked.hasErrors()) {
            throw new DataFileException(checked.findings());
        }
        AdministrativeUnits units = new AdministrativeUnits(checked.units());
        UnitConversion conversion = new UnitConversion(files.changeDate(), checked.edges(), checked.splitWeights());
        return new ReferenceData(units, conversion, new AgencyDirectory(checked.agencyCodes(), units, conversion),
                new StatisticsTable(checked.statistics()), checked.findings());
    }

    public RatioRollup rollup() {
        return new RatioRollup(units, conversion);
    }
}
