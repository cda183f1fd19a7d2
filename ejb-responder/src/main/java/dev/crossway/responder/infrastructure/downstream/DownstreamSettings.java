package dev.crossway.responder.infrastructure.downstream;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits of the calls to a gateway-mode community's own endpoints, each a system property or else
 * an environment variable: {@code crossway.gateway.downstream.timeout.xcpd} /
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
                duration("crossway.gateway.downstream.timeout.xcpd", "CROSSWAY_GATEWAY_DOWNSTREAM_TIMEOUT_XCPD", DEFAULT_XCPD_TIMEOUT),
                duration("crossway.gateway.downstream.timeout.query", "CROSSWAY_GATEWAY_DOWNSTREAM_TIMEOUT_QUERY", DEFAULT_XCA_TIMEOUT),
                duration("crossway.gateway.downstream.timeout.retrieve", "CROSSWAY_GATEWAY_DOWNSTREAM_TIMEOUT_RETRIEVE",
                        DEFAULT_XCA_TIMEOUT),
                value("crossway.gateway.downstream.max-bytes", "CROSSWAY_GATEWAY_DOWNSTREAM_MAX_BYTES").map(Integer::parseInt)
                        .orElse(DEFAULT_MAX_RESPONSE_BYTES));
    }

    /** The same limits with other per-call timeouts (tests, tools). */
    public DownstreamSettings withTimeouts(Duration xcpd, Duration query, Duration retrieve) {
        return new DownstreamSettings(connectTimeout, xcpd, query, retrieve, maxResponseBytes);
    }

    static Optional<String> value(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    private static Duration duration(String property, String env, Duration fallback) {
        return value(property, env).map(Duration::parse).orElse(fallback);
    }

    private static void positive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be a positive duration");
        }
    }
}
