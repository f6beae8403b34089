package vn.thanhhoa.cds.reports.delivery;

import java.util.List;

/**
 * Who receives a unit's monthly report: the addresses it is sent to and the "Nơi nhận" lines the
 * report prints.
 *
 * @param unit     a parent unit's code, or {@code province}
 * @param copiesTo the "Nơi nhận" lines; empty for the letterhead's own
 */
public record RecipientList(String unit, List<Recipient> recipients, List<String> copiesTo) {

    public RecipientList {
        recipients = List.copyOf(recipients);
        copiesTo = List.copyOf(copiesTo);
    }
}
