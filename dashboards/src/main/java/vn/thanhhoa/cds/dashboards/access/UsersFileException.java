package vn.thanhhoa.cds.dashboards.access;

/** The users file cannot be used; the message is one sentence naming the file and the entry. */
public final class UsersFileException extends IllegalArgumentException {

    public UsersFileException(String message) {
        super(message);
    }

    public UsersFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
