package dev.crossway.initiator.application;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a merged entry was found: the community and the document. */
public record Provenance(@JsonProperty("Organization") String organizationId, @JsonProperty("DocumentID") String documentId) {
}
