package dev.crossway.responder.infrastructure.downstream;

import dev.crossway.interop.config.Setting;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits of the calls to a gateway-mode community's own endpoints, read through
 * {@link Setting}: {@code crossway.gateway.downstream.timeout.xcpd} /
 * {@code CROSSWAY_GATEWAY_DOWNSTREAM_TIMEOUT_XCPD} (ISO duration, default PT60S),
 * {@code ...timeout.query} / {@code ..._TIMEOUT_QUERY} (PT120S), {@code ...timeout.retrieve} /
 * {@code ..._TIMEOUT_RETRIEVE} (PT120S), {@code crossway.gateway.downstream.max-bytes} /
 * {@code CROSSWAY_GATEWAY_DOWNSTREAM_MAX_BYTES} (largest answer read, default 20 MiB). Connecting
 * is bounded by 10 s whatever the call.
 */
public record DownstreamSettings(Duration connectTimeout, Duration xcpdTimeout, Duration queryTimeout,
                                 Duration retrieveTimeout, int maxResponseBytes) {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_XCPD_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_XCA_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

    public DownstreamSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        positive(xcpdTimeout, "xcpd timeout");
        positive(queryTimeout, "query timeout");
        positive(retrieveTimeout, "retrieve timeout");
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("downstream max-bytes must be positive");
        }
    }

    public static DownstreamSettings defaults() {
        return new DownstreamSettings(CONNECT_TIMEOUT, DEFAULT_XCPD_TIMEOUT, DEFAULT_XCA_TIMEOUT, DEFAULT_XCA_TIMEOUT,
                DEFAULT_MAX_RESPONSE_BYTES);
    }

    public static DownstreamSettings fromEnvironment() {
        return new DownstreamSettings(CONNECT_TIMEOUT,
                Setting.duration("crossway.gateway.downstream.timeout.xcpd", DEFAULT_XCPD_TIMEOUT),
                Setting.duration("crossway.gateway.downstream.timeout.query", DEFAULT_XCA_TIMEOUT),
                Setting.duration("crossway.gateway.downstream.timeout.retrieve", DEFAULT_XCA_TIMEOUT),
                Setting.integer("crossway.gateway.downstream.max-bytes", DEFAULT_MAX_RESPONSE_BYTES));
    }

    /** The same limits with other per-call timeouts (tests, tools). */
    public DownstreamSettings withTimeouts(Duration xcpd, Duration query, Duration retrieve) {
        return new DownstreamSettings(connectTimeout, xcpd, query, retrieve, maxResponseBytes);
    }



    private static void positive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be a positive duration");
        }
    }
}
