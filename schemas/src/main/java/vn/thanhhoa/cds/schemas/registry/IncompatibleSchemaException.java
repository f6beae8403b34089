package vn.thanhhoa.cds.schemas.registry;

/** The registry refused a new schema version because it breaks the subject's compatibility rule. */
public final class IncompatibleSchemaException extends RuntimeException {

    public IncompatibleSchemaException(String message) {
        super(message);
    }
}
