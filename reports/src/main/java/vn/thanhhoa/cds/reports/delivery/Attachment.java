package vn.thanhhoa.cds.reports.delivery;

/** A file attached to an e-mail. */
public record Attachment(String fileName, String mediaType, byte[] content) {

    public Attachment {
        content = content.clone();
    }
}
