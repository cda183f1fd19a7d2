package dev.crossway.responder.application;

import java.time.Instant;

/**
 * A trusted certificate: its SHA-256 fingerprint (lower-case hex, the id), label, names, validity,
 * kind ({@code CA} or {@code PINNED}), whether it allows SHA-1, and its state at the time of asking
 * ({@code valid}, {@code expiring} within 30 days, {@code expired}).
 */
public record TrustAnchorView(String fingerprint, String label, String subject, String issuer, Instant notBefore,
                              Instant notAfter, String kind, boolean allowSha1, String state) {
}
