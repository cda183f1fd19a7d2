package dev.crossway.web.api.dto;

import dev.crossway.web.certificates.InventoryEntry;
import java.time.Instant;

/**
 * One certificate of the inventory: {@code Role} (SAML signing, TLS server, TLS client, TLS trust
 * anchor, SAML trust anchor), {@code Source} (the setting and file, or the trust anchor's label),
 * {@code State} (Valid, Expiring: less than 30 days left, Expired, or Unreadable with a
 * {@code Problem}), {@code Subject}, {@code Issuer}, {@code Fingerprint} (SHA-256, lower-case hex)
 * and validity.
 */
public record CertificateDto(String role, String source, String state, String subject, String issuer, String fingerprint,
                             Instant notBefore, Instant notAfter, String problem) {

    public static CertificateDto of(InventoryEntry e) {
        String state = e.state() == null ? "Unreadable" : switch (e.state()) {
            case VALID -> "Valid";
            case EXPIRING -> "Expiring";
            case EXPIRED -> "Expired";
        };
        var f = e.facts();
        return new CertificateDto(e.role().label(), e.source(), state, f == null ? null : f.subject(), f == null ? null : f.issuer(),
                f == null ? null : f.sha256(), f == null ? null : f.notBefore(), f == null ? null : f.notAfter(), e.problem());
    }
}
