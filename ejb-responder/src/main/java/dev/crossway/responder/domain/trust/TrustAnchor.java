package dev.crossway.responder.domain.trust;

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
 * A certificate whose holders (and whoever it issued certificates to) may sign the assertions of
 * incoming requests. Identified by the SHA-256 fingerprint of its DER encoding.
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

    protected TrustAnchor() {
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
