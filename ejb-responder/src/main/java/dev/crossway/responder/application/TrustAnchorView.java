package dev.crossway.responder.application;

import java.time.Instant;

/** A trusted certificate: its SHA-256 fingerprint (lower-case hex, the id), label, names and validity. */
public record TrustAnchorView(String fingerprint, String label, String subject, String issuer, Instant notBefore,
                              Instant notAfter) {
}
