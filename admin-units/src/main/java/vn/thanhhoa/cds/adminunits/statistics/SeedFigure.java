package vn.thanhhoa.cds.adminunits.statistics;

import vn.thanhhoa.cds.adminunits.file.SourceLine;

/**
 * A commune figure printed in a seed document, with the words it was read from, so the statistics
 * tables can be checked against the documents rather than trusted.
 */
public record SeedFigure(int year, String unitCode, String unitName, StatisticField field, long value,
                         String seed, String quote, SourceLine at) {
}
