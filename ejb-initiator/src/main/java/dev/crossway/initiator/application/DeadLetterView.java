package dev.crossway.initiator.application;

import java.time.Instant;

/** A delivery whose attempts ran out (or whose address the policy refused), waiting for a resend. */
public record DeadLetterView(long id, String destinationId, String owner, String url, String eventId, String eventType,
                             int attempts, Integer lastStatus, String lastError, Instant createdAt, Instant deadSince) {
}
