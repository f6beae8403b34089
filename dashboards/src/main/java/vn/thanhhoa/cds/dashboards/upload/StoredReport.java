package vn.thanhhoa.cds.dashboards.upload;

import java.time.Instant;

/**
 * A monthly report accepted into a reporting body's watched folder, where the connector will pick
 * it up under {@code storedName}.
 *
 * @param body       the reporting body code the report came for, e.g. {@code BANK}
 * @param storedName the file name in that body's folder, {@code yyyyMMdd-HHmmss-<original name>}
 * @param bytes      the size of the stored file
 * @param receivedAt when the upload was received; its Vietnam-time second prefixes the stored name
 */
public record StoredReport(String body, String storedName, long bytes, Instant receivedAt) {
}
