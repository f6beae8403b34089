package vn.thanhhoa.cds.streams.measures;

/**
 * A change to one measure of one commune in one period: what an entity's new state adds and its old
 * state takes away. Summed per commune, measure, period and slot, observations give the measure.
 *
 * @param period      "yyyy" for a yearly figure (a declaration, a distinct count), "yyyy-MM" for a month,
 *                    "yyyy-MM-dd" for a day (a system's flow)
 * @param slot        who reported it, where reporters' values combine by a rule other than the sum; "" otherwise
 * @param delta       what to add (negative when an entity leaves the measure or changes its value)
 * @param approximate the commune came from a fallback field (the processing commune for residence)
 * @param eventTime   the event time behind the change, epoch milliseconds
 */
public record Observation(String commune, String measure, String period, String slot, double delta, boolean approximate, long eventTime) {

    public int year() {
        return Integer.parseInt(period.substring(0, 4));
    }

    public Observation negated() {
        return new Observation(commune, measure, period, slot, -delta, approximate, eventTime);
    }
}
