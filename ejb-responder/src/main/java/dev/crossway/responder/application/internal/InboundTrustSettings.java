package dev.crossway.responder.application.internal;

import dev.crossway.interop.config.Setting;
import dev.crossway.interop.saml.VerificationPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the responder believes of an incoming security header, from the deployment's settings
 * (system property, else environment variable):
 * <ul>
 * <li>{@code crossway.gateway.public-url} / {@code CROSSWAY_GATEWAY_PUBLIC_URL}: the base URLs
 * partners address this gateway by, comma-separated ({@code https://gw.example.org}). An assertion's
 * audience must be one of them or one of them followed by the endpoint's path; nothing of the
 * request (Host header, scheme) is consulted. Required outside the sandbox; the sandbox defaults to
 * {@code http://localhost:8080,https://localhost:8443}.</li>
 * <li>{@code crossway.gateway.max-assertion-lifetime} / {@code CROSSWAY_GATEWAY_MAX_ASSERTION_LIFETIME}
 * (ISO duration, default PT8H) and {@code crossway.gateway.max-timestamp-lifetime} /
 * {@code CROSSWAY_GATEWAY_MAX_TIMESTAMP_LIFETIME} (default PT5M).</li>
 * </ul>
 */
record InboundTrustSettings(List<String> publicUrls, Duration maxAssertionLifetime, Duration maxTimestampLifetime) {

    static final List<String> SANDBOX_URLS = List.of("http://localhost:8080", "https://localhost:8443");

    InboundTrustSettings {
        publicUrls = publicUrls.stream().map(InboundTrustSettings::base).toList();
        if (maxAssertionLifetime.isNegative() || maxAssertionLifetime.isZero()
                || maxTimestampLifetime.isNegative() || maxTimestampLifetime.isZero()) {
            throw new IllegalArgumentException("the maximum assertion and timestamp lifetimes must be positive");
        }
    }

    /** The settings of this deployment; refuses (with the setting's name) a non-sandbox installation without public URLs. */
    static InboundTrustSettings fromEnvironment() {
        boolean sandbox = Setting.sandbox();
        List<String> urls = Setting.value("crossway.gateway.public-url")
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        if (urls.isEmpty()) {
            if (!sandbox) {
                throw new IllegalStateException("CROSSWAY_GATEWAY_PUBLIC_URL is not set: the responding gateway accepts SAML "
                        + "assertions only for its own public URLs (comma-separated, e.g. https://gw.example.org), and "
                        + "refuses to start without them outside the sandbox");
            }
            urls = SANDBOX_URLS;
        }
        return new InboundTrustSettings(urls,
                Setting.duration("crossway.gateway.max-assertion-lifetime", VerificationPolicy.DEFAULT_MAX_ASSERTION_LIFETIME),
                Setting.duration("crossway.gateway.max-timestamp-lifetime", VerificationPolicy.DEFAULT_MAX_TIMESTAMP_LIFETIME));
    }

    static InboundTrustSettings of(String... publicUrls) {
        return new InboundTrustSettings(List.of(publicUrls), VerificationPolicy.DEFAULT_MAX_ASSERTION_LIFETIME,
                VerificationPolicy.DEFAULT_MAX_TIMESTAMP_LIFETIME);
    }

    /** The audiences an assertion may name at {@code endpoint}: each public URL, alone or with the endpoint's path. */
    VerificationPolicy policy(GatewayEndpoint endpoint) {
        List<String> audiences = publicUrls.stream()
                .flatMap(base -> java.util.stream.Stream.of(base, base + endpoint.path()))
                .toList();
        return new VerificationPolicy(java.util.Set.copyOf(audiences), ResponderSettings.CLOCK_SKEW, maxAssertionLifetime,
                maxTimestampLifetime);
    }

    private static String base(String url) {
        String u = url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(u);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CROSSWAY_GATEWAY_PUBLIC_URL: '" + url + "' is not a URL");
        }
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalArgumentException("CROSSWAY_GATEWAY_PUBLIC_URL: '" + url + "' is not an http(s) URL with a host");
        }
        return u;
    }

}
