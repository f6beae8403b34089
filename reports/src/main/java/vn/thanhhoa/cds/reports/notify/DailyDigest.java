package vn.thanhhoa.cds.reports.notify;

import java.time.LocalDate;
import java.util.List;
import vn.thanhhoa.cds.reports.delivery.Recipient;

/**
 * Sends each digest subscriber one message grouping the day's alerts held for them; a digest is a
 * notification like any other ({@code digest|day|channel|address} in the ledger), so sending a day
 * twice sends nothing the second time.
 */
public final class DailyDigest {

    static final String SUBJECT_KIND = "digest";

    private final DigestQueue queue;
    private final NotificationSender sender;

    DailyDigest(DigestQueue queue, NotificationSender sender) {
        this.queue = queue;
        this.sender = sender;
    }

    /** @return how many recipients have their digest of {@code day} (sent now or before) */
    public int send(LocalDate day) {
        int sent = 0;
        for (Recipient recipient : queue.recipientsOn(day)) {
            List<AlertNotice> alerts = queue.itemsOf(recipient, day);
            if (alerts.isEmpty()) {
                continue;
            }
            String id = "digest|" + day + "|" + recipient.channel() + "|" + recipient.address();
            if (sender.sendOnce(SUBJECT_KIND, id, recipient, AlertMessages.digestSubject(day, alerts.size()),
                    AlertMessages.digestText(day, alerts), AlertMessages.digestJson(day, alerts))) {
                sent++;
            }
        }
        return sent;
    }
}
