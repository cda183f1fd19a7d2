package dev.crossway.initiator.application;

import java.time.Instant;

/** One time slice of an endpoint's history, for charts. */
public record HealthBucket(Instant start, long calls, long failures, long timeouts, long p50Ms, long p90Ms) {
}
