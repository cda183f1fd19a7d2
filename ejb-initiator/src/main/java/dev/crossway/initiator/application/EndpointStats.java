package dev.crossway.initiator.application;

import java.util.List;

/**
 * One endpoint's record over a window.
 *
 * @param successRate  successes / calls, 0..1 (1 when there were no calls)
 * @param lastErrors   most recent error messages first, at most 10
 * @param circuitState {@code Closed}, {@code Open} or {@code HalfOpen}
 */
public record EndpointStats(
        String url,
        long calls,
        long successes,
        long failures,
        long timeouts,
        double successRate,
        long p50Ms,
        long p90Ms,
        long p99Ms,
        List<String> lastErrors,
        String circuitState) {

    public EndpointStats {
        lastErrors = List.copyOf(lastErrors);
    }
}
