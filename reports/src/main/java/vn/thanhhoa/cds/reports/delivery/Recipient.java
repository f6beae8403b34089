package vn.thanhhoa.cds.reports.delivery;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * One address on one channel: an e-mail address, or the URL a webhook is posted to.
 */
public record Recipient(Channel channel, String address) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public Recipient {
        switch (channel) {
            case EMAIL -> {
                if (!EMAIL.matcher(address).matches()) {
                    throw new IllegalArgumentException("'" + address + "' is not an e-mail address.");
                }
            }
            case WEBHOOK -> {
                URI uri = URI.create(address);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                    throw new IllegalArgumentException("The webhook '" + address + "' must be an http:// or https:// URL.");
                }
            }
        }
    }

    public static Recipient email(String address) {
        return new Recipient(Channel.EMAIL, address);
    }

    public static Recipient webhook(String url) {
        return new Recipient(Channel.WEBHOOK, url);
    }
}
