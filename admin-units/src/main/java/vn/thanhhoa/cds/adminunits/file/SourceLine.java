package vn.thanhhoa.cds.adminunits.file;

/**
 * Where a row came from, kept on every loaded record so that checks made after loading (across
 * files) can still point a person at the exact line to fix.
 *
 * @param file resource name relative to the classpath root, e.g. {@code units/province.csv}
 * @param line 1-based line in that file (the header is line 1)
 */
public record SourceLine(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
