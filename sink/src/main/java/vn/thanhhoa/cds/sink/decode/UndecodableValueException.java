package vn.thanhhoa.cds.sink.decode;

import org.apache.kafka.connect.errors.DataException;

/** A record value the sink cannot turn into a row, whatever it retries: it goes to the dead-letter queue with this message. */
public final class UndecodableValueException extends DataException {

    public UndecodableValueException(String message) {
        super(message);
    }

    public UndecodableValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
