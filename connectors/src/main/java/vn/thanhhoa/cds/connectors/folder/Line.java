package vn.thanhhoa.cds.connectors.folder;

/**
 * One line of an input file: its 1-based number and text, or why it could not be read as text
 * (invalid UTF-8, too long). A line with a problem has no text.
 */
public record Line(long number, String text, String problem) {

    public boolean readable() {
        return problem == null;
    }
}
