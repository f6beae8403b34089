package vn.thanhhoa.cds.reports.delivery;

/**
 * The SMTP server reports and notifications are sent through.
 *
 * @param user     empty for a server that takes mail without logging in (a relay inside the network)
 * @param startTls upgrade the connection with STARTTLS (required by most servers on port 587)
 */
public record MailSettings(String host, int port, String from, String user, String password, boolean startTls) {

    public MailSettings {
        if (host.isBlank()) {
            throw new IllegalArgumentException("The SMTP host is empty: set mail.smtp.host.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The SMTP port " + port + " is not between 1 and 65535.");
        }
        Recipient.email(from);
    }
}
