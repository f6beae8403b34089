package vn.thanhhoa.cds.dashboards.declaration;

import java.util.Optional;

/**
 * Reads a declaration line as the declaration connector will, before the officer is answered: a line
 * the connector would dead-letter is refused at the form instead, and never reaches its folder.
 * Given by whoever wires the dashboard to the connectors (cli gives the connector's own mapping,
 * with its commune list and catalog); the dashboard itself does not know the connector.
 */
@FunctionalInterface
public interface DeclarationCheck {

    /** Accepts every line; the connector alone judges. */
    DeclarationCheck NONE = line -> Optional.empty();

    /**
     * @param line one JSON line in the connector's format
     * @return why the connector would refuse it, in one Vietnamese sentence; empty when it would take it
     */
    Optional<String> refusal(String line);
}
