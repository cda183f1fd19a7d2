package dev.crossway.initiator.application;

/** Where a merged entry was found: the community and the document. */
public record Provenance(String organizationId, String documentId) {
}
