package vn.thanhhoa.cds.catalog.validation;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.thanhhoa.cds.adminunits.statistics.StatisticField;

/**
 * The reference statistics admin-units publishes, by the measure name each is published under
 * (topic ref.statistic): the only names a {@code reference} measure may have.
 */
final class PublishedStatistics {

    private PublishedStatistics() {}

    static Set<String> measures() {
        return Arrays.stream(StatisticField.values()).map(StatisticField::measure)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
