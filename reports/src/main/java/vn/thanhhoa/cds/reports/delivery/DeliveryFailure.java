package vn.thanhhoa.cds.reports.delivery;

/** A send that did not go through: the SMTP server or webhook refused it or could not be reached. */
public final class DeliveryFailure extends Exception {

    public DeliveryFailure(String message) {
        super(message);
    }

    public DeliveryFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
