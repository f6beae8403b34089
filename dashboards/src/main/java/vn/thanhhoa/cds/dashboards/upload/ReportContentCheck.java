package vn.thanhhoa.cds.dashboards.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads an uploaded report as its connector will, before the upload is answered: a file beyond the
 * reader's limits, a corrupt workbook or a layout the connector cannot find is refused while the
 * officer is still at the page. Given by whoever wires the dashboard to the connectors (the
 * dashboard itself does not know their reader).
 */
@FunctionalInterface
public interface ReportContentCheck {

    /** Accepts every file; the connector alone judges. */
    ReportContentCheck NONE = (body, file, name) -> Optional.empty();

    /**
     * @param body the reporting body code (BANK, TELECOM, POWER)
     * @param file the uploaded bytes, not yet in the connector's folder
     * @param name the name the officer gave the file (its period may be in it)
     * @return why the file cannot be read, in one Vietnamese sentence; empty when it can
     */
    Optional<String> refusal(String body, Path file, String name) throws IOException;
}
