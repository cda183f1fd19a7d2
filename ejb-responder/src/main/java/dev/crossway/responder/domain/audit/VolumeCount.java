package dev.crossway.responder.domain.audit;

import java.time.Instant;

/** How many requests of one transaction started in the hour or day beginning at {@code start}. */
public record VolumeCount(Instant start, Transaction transaction, long requests) {
}
