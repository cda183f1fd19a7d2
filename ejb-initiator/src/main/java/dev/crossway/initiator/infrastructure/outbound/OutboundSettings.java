package dev.crossway.initiator.infrastructure.outbound;

import java.time.Duration;
import java.util.Objects;

/**
 * Process-wide limits of the outbound layer; per-endpoint values come from
 * {@link dev.crossway.initiator.domain.EndpointProfile}.
 *
 * @param maxConcurrency      calls in flight at once, all endpoints together
 * @param maxResponseBytes    a larger answer is cut off and reported as an error
 * @param retryAttempts       attempts for a call failing with a network error (1 = no retry)
 * @param retryBackoff        first backoff; doubled on each further attempt
 * @param breakerThreshold    consecutive failures that open an endpoint's circuit
 * @param breakerOpenFor      how long an open circuit skips calls before one trial (half-open)
 */
public record OutboundSettings(
        int maxConcurrency,
        Duration connectTimeout,
        Duration xcpdTimeout,
        Duration queryTimeout,
        Duration retrieveTimeout,
        int maxResponseBytes,
        int retryAttempts,
        Duration retryBackoff,
        int breakerThreshold,
        Duration breakerOpenFor) {

    public static final int DEFAULT_MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

    public OutboundSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(xcpdTimeout, "xcpdTimeout");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(retrieveTimeout, "retrieveTimeout");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(breakerOpenFor, "breakerOpenFor");
        if (maxConcurrency < 1 || maxResponseBytes < 1 || retryAttempts < 1 || breakerThreshold < 1) {
            throw new IllegalArgumentException("outbound limits must be positive");
        }
    }

    public static OutboundSettings defaults() {
        // 512 calls in flight: a wide discovery (hundreds of endpoints, some never answering)
        // must not starve the answering ones of permits (docs/PERFORMANCE.md, initiator fan-out);
        // the calls are asynchronous, so this costs memory for responses, not threads
        return new OutboundSettings(512, Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(120),
                Duration.ofSeconds(120), DEFAULT_MAX_RESPONSE_BYTES, 3, Duration.ofMillis(250), 5, Duration.ofSeconds(30));
    }

    public Duration timeoutOf(Transaction t) {
        return switch (t) {
            case XCPD -> xcpdTimeout;
            case XCA_QUERY -> queryTimeout;
            case XCA_RETRIEVE -> retrieveTimeout;
        };
    }

    public OutboundSettings withTimeouts(Duration xcpd, Duration query, Duration retrieve) {
        return new OutboundSettings(maxConcurrency, connectTimeout, xcpd, query, retrieve, maxResponseBytes,
                retryAttempts, retryBackoff, breakerThreshold, breakerOpenFor);
    }

    public OutboundSettings withMaxConcurrency(int max) {
        return new OutboundSettings(max, connectTimeout, xcpdTimeout, queryTimeout, retrieveTimeout, maxResponseBytes,
                retryAttempts, retryBackoff, breakerThreshold, breakerOpenFor);
    }

    public OutboundSettings withBreaker(int threshold, Duration openFor) {
        return new OutboundSettings(maxConcurrency, connectTimeout, xcpdTimeout, queryTimeout, retrieveTimeout,
                maxResponseBytes, retryAttempts, retryBackoff, threshold, openFor);
    }

    public OutboundSettings withMaxResponseBytes(int max) {
        return new OutboundSettings(maxConcurrency, connectTimeout, xcpdTimeout, queryTimeout, retrieveTimeout, max,
                retryAttempts, retryBackoff, breakerThreshold, breakerOpenFor);
    }
}
