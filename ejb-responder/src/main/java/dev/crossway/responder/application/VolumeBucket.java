package dev.crossway.responder.application;

import java.time.Instant;

/** Incoming requests in the hour (or day) starting at {@code start}, UTC: in total and per transaction. */
public record VolumeBucket(Instant start, long total, long xcpd, long xcaQuery, long xcaRetrieve) {
}
