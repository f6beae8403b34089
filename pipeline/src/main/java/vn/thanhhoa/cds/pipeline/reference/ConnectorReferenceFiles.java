package vn.thanhhoa.cds.pipeline.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import vn.thanhhoa.cds.adminunits.ReferenceData;
import vn.thanhhoa.cds.adminunits.agency.AgencyCode;
import vn.thanhhoa.cds.adminunits.unit.AdministrativeUnit;
import vn.thanhhoa.cds.adminunits.unit.UnitLevel;

/**
 * The reference files the connectors read (agency → commune, commune codes with validity), written
 * from the admin-units data, so connectors and the rest of the pipeline agree on every unit.
 */
public final class ConnectorReferenceFiles {

    private final ReferenceData data;

    public ConnectorReferenceFiles(ReferenceData data) {
        this.data = data;
    }

    /** {@code agency_code,commune_code,valid_from,valid_to} for every commune-level agency code of both periods. */
    public Path writeAgencyMapping(Path file) {
        StringBuilder csv = new StringBuilder("agency_code,commune_code,valid_from,valid_to\n");
        data.agencies().all().stream()
                .filter(code -> isCommune(code))
                .sorted(Comparator.comparing(AgencyCode::agencyCode))
                .forEach(code -> csv.append(code.agencyCode()).append(',').append(code.unitCode()).append(',')
                        .append(code.validity().from().orElse(LocalDate.of(2000, 1, 1))).append(',')
                        .append(code.validity().to().map(LocalDate::toString).orElse("")).append('\n'));
        return write(file, csv);
    }

    /** {@code commune_code,valid_from,valid_to} for every commune-level unit of both periods. */
    public Path writeCommuneCodes(Path file) {
        StringBuilder csv = new StringBuilder("commune_code,valid_from,valid_to\n");
        data.units().all().stream()
                .filter(unit -> unit.level() == UnitLevel.COMMUNE)
                .sorted(Comparator.comparing(AdministrativeUnit::code))
                .forEach(unit -> csv.append(unit.code()).append(',')
                        .append(unit.validity().from().orElse(LocalDate.of(2000, 1, 1))).append(',')
                        .append(unit.validity().to().map(LocalDate::toString).orElse("")).append('\n'));
        return write(file, csv);
    }

    private boolean isCommune(AgencyCode code) {
        return data.units().withCode(code.unitCode()).stream()
                .anyMatch(unit -> unit.level() == UnitLevel.COMMUNE && unit.validity().overlaps(code.validity()));
    }

    /** Whether the file already holds what {@link #writeAgencyMapping} or {@link #writeCommuneCodes} would write there. */
    public boolean isCurrent(Path file, boolean agencyMapping) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            Path probe = Files.createTempFile("cds-reference", ".csv");
            try {
                if (agencyMapping) {
                    writeAgencyMapping(probe);
                } else {
                    writeCommuneCodes(probe);
                }
                return Files.mismatch(probe, file) == -1;
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Comparing " + file + " failed: " + e.getMessage(), e);
        }
    }

    private static Path write(Path file, StringBuilder csv) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing " + file + " failed: " + e.getMessage(), e);
        }
    }
}
