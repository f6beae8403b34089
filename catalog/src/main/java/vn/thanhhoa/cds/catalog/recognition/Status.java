package vn.thanhhoa.cds.catalog.recognition;

/** Outcome of one indicator. */
public enum Status {
    MET,
    NOT_MET,
    /** No result given: counts as not met, since recognition needs every assigned indicator met. */
    NO_RESULT,
    /** Target "encouraged": whatever the result, it never fails the commune. */
    ENCOURAGED;

    public boolean passes() {
        return this == MET || this == ENCOURAGED;
    }
}
