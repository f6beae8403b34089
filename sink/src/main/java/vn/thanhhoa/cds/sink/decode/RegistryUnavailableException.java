package vn.thanhhoa.cds.sink.decode;

/** The schema registry could not answer: the record is fine, ask again later. */
public final class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
