package vn.thanhhoa.cds.catalog.command;

/** A command line that cannot be run; the message is one sentence for the user. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
