package dev.crossway.interop.saml;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;

/**
 * One certificate Crossway believes, and for what. A {@link Kind#CA} vouches for every certificate
 * whose chain validates to it (PKIX); a {@link Kind#PINNED} certificate vouches for itself only,
 * never as an issuer, so a partner's own signing certificate can be trusted without trusting
 * whatever its key might sign. {@code allowSha1} lets the signers it vouches for use RSA-SHA1 and
 * SHA-1 digests, which are otherwise refused: some older partners still send them.
 */
public record Anchor(X509Certificate certificate, Kind kind, boolean allowSha1) {

    /** What an anchor is trusted for. */
    public enum Kind {
        CA, PINNED;

        /** The default for an upload: a certificate with basicConstraints CA=true is a CA, any other is pinned. */
        public static Kind of(X509Certificate certificate) {
            return certificate.getBasicConstraints() >= 0 ? CA : PINNED;
        }
    }

    public Anchor {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(kind, "kind");
    }

    /** The kind the certificate's basicConstraints say, SHA-1 refused. */
    public static Anchor of(X509Certificate certificate) {
        return new Anchor(certificate, Kind.of(certificate), false);
    }

    public static Anchor ca(X509Certificate certificate) {
        return new Anchor(certificate, Kind.CA, false);
    }

    public static Anchor pinned(X509Certificate certificate) {
        return new Anchor(certificate, Kind.PINNED, false);
    }

    public Anchor allowingSha1() {
        return new Anchor(certificate, kind, true);
    }

    public boolean expiredAt(Instant at) {
        return certificate.getNotAfter().toInstant().isBefore(at);
    }

    String subject() {
        return certificate.getSubjectX500Principal().getName();
    }
}
