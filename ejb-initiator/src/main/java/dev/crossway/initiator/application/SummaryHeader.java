package dev.crossway.initiator.application;

import java.time.Instant;

/**
 * About the merged summary itself.
 *
 * @param complete false while a job is running, or when some community failed or timed out
 */
public record SummaryHeader(
        Instant generatedAt,
        int communities,
        int documents,
        int parsedDocuments,
        boolean complete) {
}
