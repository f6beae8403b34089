package vn.thanhhoa.cds.connectors.testbed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import vn.thanhhoa.cds.simulators.tthc.SimulatedAgency;

/** The connectors' reference files (agency → commune, commune codes), written for a test's own units. */
public final class ReferenceFiles {

    /** The office of Xã Yên Ninh (15442) since the 2025 reform: the one office the mapping tests' examples name. */
    public static final SimulatedAgency YEN_NINH_OFFICE = new SimulatedAgency("000.20.43.H56", "15442");

    private ReferenceFiles() {
    }

    /** A mapping of only {@link #YEN_NINH_OFFICE}, valid from the reform (2025-07-01). */
    public static Path yenNinhOffice(Path file) throws IOException {
        return agencyMapping(file, java.util.List.of(YEN_NINH_OFFICE), LocalDate.of(2025, 7, 1));
    }

    /** {@code agency_code,commune_code,valid_from,valid_to}: each agency serves its commune from {@code validFrom} on. */
    public static Path agencyMapping(Path file, Collection<SimulatedAgency> agencies, LocalDate validFrom) throws IOException {
        StringBuilder csv = new StringBuilder("agency_code,commune_code,valid_from,valid_to\n");
        agencies.forEach(agency -> csv.append(agency.agencyCode()).append(',').append(agency.communeCode()).append(',').append(validFrom).append(",\n"));
        return Files.writeString(file, csv);
    }

    /** {@code commune_code,valid_from,valid_to}: each code is a commune from {@code validFrom} on. */
    public static Path communeCodes(Path file, Collection<String> codes, LocalDate validFrom) throws IOException {
        StringBuilder csv = new StringBuilder("commune_code,valid_from,valid_to\n");
        codes.forEach(code -> csv.append(code).append(',').append(validFrom).append(",\n"));
        return Files.writeString(file, csv);
    }
}
