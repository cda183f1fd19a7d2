package dev.crossway.responder.application.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Deployment settings of the responder, each a system property or else an environment variable:
 * {@code crossway.gateway.max-bytes} / {@code CROSSWAY_GATEWAY_MAX_BYTES} (default 10 MiB),
 * {@code crossway.gateway.public-url} / {@code CROSSWAY_GATEWAY_PUBLIC_URL} (the base URL partners
 * address, e.g. {@code https://gw.example.org}; also accepted as SAML audience),
 * {@code crossway.gateway.audience-lenient} / {@code CROSSWAY_GATEWAY_AUDIENCE_LENIENT} (accept an
 * audience that differs from the endpoint only in scheme or host, default false),
 * {@code crossway.identity-cache.ttl} / {@code CROSSWAY_IDENTITY_CACHE_TTL} (ISO duration, default PT24H),
 * and the {@link DisclosureLimits} of retrieve and FindDocuments answers.
 */
public record ResponderSettings(int maxBytes, Optional<String> publicUrl, boolean lenientAudience, Duration cacheTtl,
                                DisclosureLimits limits) {

    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    public ResponderSettings {
        Objects.requireNonNull(limits, "limits");
    }

    /** With the default disclosure limits. */
    public ResponderSettings(int maxBytes, Optional<String> publicUrl, boolean lenientAudience, Duration cacheTtl) {
        this(maxBytes, publicUrl, lenientAudience, cacheTtl, DisclosureLimits.DEFAULT);
    }

    public static ResponderSettings fromEnvironment() {
        int max = value("crossway.gateway.max-bytes", "CROSSWAY_GATEWAY_MAX_BYTES").map(Integer::parseInt)
                .orElse(DEFAULT_MAX_BYTES);
        Duration ttl = value("crossway.identity-cache.ttl", "CROSSWAY_IDENTITY_CACHE_TTL").map(Duration::parse)
                .orElse(DEFAULT_TTL);
        boolean lenient = value("crossway.gateway.audience-lenient", "CROSSWAY_GATEWAY_AUDIENCE_LENIENT")
                .map(Boolean::parseBoolean).orElse(false);
        return new ResponderSettings(max, value("crossway.gateway.public-url", "CROSSWAY_GATEWAY_PUBLIC_URL"), lenient, ttl,
                DisclosureLimits.fromEnvironment());
    }

    public static ResponderSettings defaults() {
        return new ResponderSettings(DEFAULT_MAX_BYTES, Optional.empty(), false, DEFAULT_TTL, DisclosureLimits.DEFAULT);
    }

    static Optional<String> value(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }
}
