package dev.crossway.interop.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What an operator needs to know of one certificate: whose it is, who issued it, its SHA-256
 * fingerprint (lower-case hex, as trust anchors are identified), when it expires and whether that is soon.
 */
public record CertificateFacts(String subject, String issuer, String sha256, Instant notBefore, Instant notAfter) {

    /** Less than this left: {@link CertificateState#EXPIRING}. */
    public static final Duration WARNING = Duration.ofDays(30);

    public CertificateFacts {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(notAfter, "notAfter");
    }

    public static CertificateFacts of(X509Certificate c) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(c.getEncoded());
            return new CertificateFacts(c.getSubjectX500Principal().getName(), c.getIssuerX500Principal().getName(),
                    HexFormat.of().formatHex(digest), c.getNotBefore().toInstant(),
                    c.getNotAfter().toInstant());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint " + c.getSubjectX500Principal(), e);
        }
    }

    public CertificateState state(Instant now) {
        if (!now.isBefore(notAfter) || (notBefore != null && now.isBefore(notBefore))) {
            return CertificateState.EXPIRED;
        }
        return now.plus(WARNING).isBefore(notAfter) ? CertificateState.VALID : CertificateState.EXPIRING;
    }
}
