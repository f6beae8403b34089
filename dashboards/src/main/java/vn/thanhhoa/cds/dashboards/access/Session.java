package vn.thanhhoa.cds.dashboards.access;

import java.time.Instant;

/**
 * A signed-in browser.
 *
 * @param csrfToken the token every state-changing request of this session must carry
 */
public record Session(String token, User user, String csrfToken, Instant createdAt, Instant lastSeenAt) {

    Session seenAt(Instant now) {
        return new Session(token, user, csrfToken, createdAt, now);
    }
}
