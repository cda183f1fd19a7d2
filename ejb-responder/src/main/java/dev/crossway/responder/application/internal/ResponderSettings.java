package dev.crossway.responder.application.internal;

import dev.crossway.interop.config.Setting;
import dev.crossway.interop.saml.Revocation;
import dev.crossway.responder.application.GatewayRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Deployment settings of the responder, read through {@link Setting}
 * (what it believes of a security header: {@link InboundTrustSettings}; its rate limit:
 * {@link InitiatorRateLimit}):
 * {@code crossway.gateway.max-bytes} / {@code CROSSWAY_GATEWAY_MAX_BYTES} (default 10 MiB, read by
 * {@link GatewayRequest#maxBytes()}, which the servlet reads too),
 * {@code crossway.identity-cache.ttl} / {@code CROSSWAY_IDENTITY_CACHE_TTL} (ISO duration, default PT24H),
 * {@code crossway.revocation} / {@code CROSSWAY_REVOCATION} ({@code soft-fail}, the default, {@code hard-fail}
 * or {@code off}: see {@link #DEFAULT_REVOCATION}), and the {@link DisclosureLimits} of retrieve and
 * FindDocuments answers.
 */
public record ResponderSettings(int maxBytes, Duration cacheTtl, Revocation.Mode revocation, DisclosureLimits limits) {

    public static final int DEFAULT_MAX_BYTES = GatewayRequest.DEFAULT_MAX_BYTES;
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /**
     * Soft-fail by default: Carequality participants' CRL and OCSP endpoints are often unreachable
     * from hospital networks (egress allow-lists, proxies), and refusing every partner whose status
     * cannot be fetched would stop the exchange. A REVOKED answer is refused in every mode but off.
     */
    public static final Revocation.Mode DEFAULT_REVOCATION = Revocation.Mode.SOFT_FAIL;

    public ResponderSettings {
        Objects.requireNonNull(limits, "limits");
    }

    /** With the default disclosure limits. */
    public ResponderSettings(int maxBytes, Duration cacheTtl, Revocation.Mode revocation) {
        this(maxBytes, cacheTtl, revocation, DisclosureLimits.DEFAULT);
    }

    public static ResponderSettings fromEnvironment() {
        int max = GatewayRequest.maxBytes();
        Duration ttl = Setting.duration("crossway.identity-cache.ttl", DEFAULT_TTL);
        Revocation.Mode revocation = Setting.value("crossway.revocation").map(Revocation.Mode::parse)
                .orElse(DEFAULT_REVOCATION);
        return new ResponderSettings(max, ttl, revocation, DisclosureLimits.fromEnvironment());
    }

    public static ResponderSettings defaults() {
        return new ResponderSettings(DEFAULT_MAX_BYTES, DEFAULT_TTL, DEFAULT_REVOCATION, DisclosureLimits.DEFAULT);
    }

}
