package vn.thanhhoa.cds.connectors.deadletter;

/** What reading one input gave: a record to publish, or a rejection for the dead-letter topic. */
public sealed interface Parsed<T> {

    record Accepted<T>(String key, T value) implements Parsed<T> {
    }

    record Rejected<T>(Rejection rejection) implements Parsed<T> {
    }
}
