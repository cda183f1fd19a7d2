package dev.crossway.responder.domain.trust;

import dev.crossway.interop.saml.Anchor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A certificate whose holder may sign the assertions of incoming requests, and, when it is a
 * {@link Anchor.Kind#CA}, whoever it issued certificates to; a {@link Anchor.Kind#PINNED} one vouches
 * for itself only. Identified by the SHA-256 fingerprint of its DER encoding.
 */
@Entity
@Table(name = "trust_anchor")
public class TrustAnchor {

    @Id
    @Column(name = "fingerprint", length = 64)
    private String fingerprint;

    @Column(name = "label", length = 255)
    private String label;

    @Column(name = "subject", length = 1000, nullable = false)
    private String subject;

    @Column(name = "issuer", length = 1000, nullable = false)
    private String issuer;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    @Lob
    @Column(name = "der", nullable = false)
    private byte[] der;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", length = 255)
    private String addedBy;

    /** Null on rows from before kinds existed: then the certificate's basicConstraints decide. */
    @Column(name = "kind", length = 10)
    private String kind;

    @Column(name = "allow_sha1", nullable = false)
    private boolean allowSha1;

    protected TrustAnchor() {
    }

    /** {@code kind} null: as the certificate's basicConstraints say (CA=true: a CA, otherwise pinned). */
    public TrustAnchor(X509Certificate certificate, String label, Anchor.Kind kind, boolean allowSha1, Instant now, String actor) {
        this(certificate, label, now, actor);
        this.kind = (kind == null ? Anchor.Kind.of(certificate) : kind).name();
        this.allowSha1 = allowSha1;
    }

    public TrustAnchor(X509Certificate certificate, String label, Instant now, String actor) {
        this.der = encoded(certificate);
        this.fingerprint = fingerprint(certificate);
        this.label = label;
        this.subject = certificate.getSubjectX500Principal().getName();
        this.issuer = certificate.getIssuerX500Principal().getName();
        this.notBefore = certificate.getNotBefore().toInstant();
        this.notAfter = certificate.getNotAfter().toInstant();
        this.addedAt = now;
        this.addedBy = actor;
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded(certificate)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public X509Certificate certificate() {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("stored trust anchor " + fingerprint + " is unreadable", e);
        }
    }

    public Anchor.Kind kind() {
        return kind == null ? Anchor.Kind.of(certificate()) : Anchor.Kind.valueOf(kind);
    }

    public boolean allowsSha1() {
        return allowSha1;
    }

    /** What the assertion verifier works from. */
    public Anchor anchor() {
        return new Anchor(certificate(), kind(), allowSha1);
    }

    public AnchorState state(Instant now) {
        return AnchorState.of(notAfter, now);
    }

    private static byte[] encoded(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded", e);
        }
    }

    public String fingerprint() { return fingerprint; }
    public String label() { return label; }
    public String subject() { return subject; }
    public String issuer() { return issuer; }
    public Instant notBefore() { return notBefore; }
    public Instant notAfter() { return notAfter; }
}
