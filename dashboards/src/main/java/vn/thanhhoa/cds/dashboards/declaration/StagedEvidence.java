package vn.thanhhoa.cds.dashboards.declaration;

import java.nio.file.Path;

/**
 * An evidence document received and checked but not yet kept: it becomes part of the store only
 * once its declaration is accepted, so a refused declaration leaves no file behind.
 *
 * @param part      the received bytes, in the store's hidden staging folder
 * @param reference where it will be kept, relative to the store: {@code <commune>/<year>/sha256-<hex>.<ext>}
 * @param title     the officer's title for it, or the file's name
 */
public record StagedEvidence(Path part, String reference, String title, EvidenceKind kind, long bytes) {
}
