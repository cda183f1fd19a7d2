package dev.crossway.interop.saml;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a receiver accepts besides a trusted signature: the audiences that name it (its own
 * configured URLs, never anything taken from the request), the clock skew between gateways, and
 * the longest validity it believes. A captured assertion is only as dangerous as it is long-lived:
 * an assertion valid for longer than {@code maxAssertionLifetime} (IHE XUA assertions live minutes
 * to a session's hours) or a timestamp valid for longer than {@code maxTimestampLifetime} is
 * refused however well it is signed.
 */
public record VerificationPolicy(Set<String> audiences, Duration skew, Duration maxAssertionLifetime,
                                 Duration maxTimestampLifetime) {

    public static final Duration DEFAULT_MAX_ASSERTION_LIFETIME = Duration.ofHours(8);
    public static final Duration DEFAULT_MAX_TIMESTAMP_LIFETIME = Duration.ofMinutes(5);

    public VerificationPolicy {
        audiences = audiences.stream().map(VerificationPolicy::canonical).filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        Objects.requireNonNull(skew, "skew");
        Objects.requireNonNull(maxAssertionLifetime, "maxAssertionLifetime");
        Objects.requireNonNull(maxTimestampLifetime, "maxTimestampLifetime");
    }

    /** One audience, the default lifetimes. */
    public static VerificationPolicy of(String audience, Duration skew) {
        return new VerificationPolicy(audience == null ? Set.of() : Set.of(audience), skew,
                DEFAULT_MAX_ASSERTION_LIFETIME, DEFAULT_MAX_TIMESTAMP_LIFETIME);
    }

    public static VerificationPolicy of(List<String> audiences, Duration skew, Duration maxAssertionLifetime) {
        return new VerificationPolicy(Set.copyOf(audiences), skew, maxAssertionLifetime, DEFAULT_MAX_TIMESTAMP_LIFETIME);
    }

    /** Whether {@code url} is one of the accepted audiences (exact, ignoring surrounding space and one trailing slash). */
    public boolean accepts(String url) {
        return url != null && audiences.contains(canonical(url));
    }

    private static String canonical(String url) {
        String u = url == null ? "" : url.trim();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
