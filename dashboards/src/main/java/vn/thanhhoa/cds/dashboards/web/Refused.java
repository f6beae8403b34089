package vn.thanhhoa.cds.dashboards.web;

/**
 * A request the server will not answer as asked: not signed in (401), not allowed (403), a bad
 * parameter (400), throttled (429). The message is one Vietnamese sentence shown to the user.
 */
public final class Refused extends RuntimeException {

    private final int status;

    private Refused(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static Refused signIn() {
        return new Refused(401, "Vui lòng đăng nhập.");
    }

    public static Refused forbidden(String message) {
        return new Refused(403, message);
    }

    public static Refused badRequest(String message) {
        return new Refused(400, message);
    }

    public static Refused throttled(String message) {
        return new Refused(429, message);
    }

    public static Refused notFound(String message) {
        return new Refused(404, message);
    }

    /** The server's own fault, told in one sentence (a stored file that no longer matches its checksum). */
    public static Refused serverFault(String message) {
        return new Refused(500, message);
    }

    /** Something this server was started without (report making on demand). */
    public static Refused unavailable(String message) {
        return new Refused(503, message);
    }

    public int status() {
        return status;
    }
}
