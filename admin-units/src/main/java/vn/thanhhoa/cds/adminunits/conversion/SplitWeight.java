package vn.thanhhoa.cds.adminunits.conversion;

import vn.thanhhoa.cds.adminunits.file.SourceLine;

/**
 * The relative share of split old unit {@code oldCode} that went to {@code newCode}. Weights are
 * positive integers so that shares are exact fractions (weight / sum of the old unit's weights).
 *
 * @param source {@code generated-equal} while no measured share is known, else where the weight comes from
 */
public record SplitWeight(String oldCode, String newCode, long weight, String source, SourceLine at) {
}
