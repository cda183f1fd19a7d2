package dev.crossway.initiator.application;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * About the merged summary itself.
 *
 * @param complete false while a job is running, or when some community failed or timed out
 */
public record SummaryHeader(
        @JsonProperty("DateTime") Instant generatedAt,
        @JsonProperty("Communities") int communities,
        @JsonProperty("Documents") int documents,
        @JsonProperty("ParsedDocuments") int parsedDocuments,
        @JsonProperty("Complete") boolean complete) {
}
