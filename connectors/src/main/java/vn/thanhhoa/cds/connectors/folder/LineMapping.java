package vn.thanhhoa.cds.connectors.folder;

import vn.thanhhoa.cds.connectors.deadletter.Parsed;

/** Turns one line of a source's export into its record, or into a rejection naming what is wrong. */
@FunctionalInterface
public interface LineMapping<T> {

    Parsed<T> map(String line, String file, long lineNumber);
}
