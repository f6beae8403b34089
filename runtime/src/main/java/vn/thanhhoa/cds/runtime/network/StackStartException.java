package vn.thanhhoa.cds.runtime.network;

/**
 * A part of the embedded stack could not start for a reason the user can fix (an occupied port, an
 * unreadable directory, a missing download). The message is one sentence meant to be printed as is,
 * without a stack trace.
 */
public class StackStartException extends RuntimeException {

    public StackStartException(String message) {
        super(message);
    }

    public StackStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
