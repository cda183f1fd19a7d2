package dev.crossway.interop.saml;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The certificates whose holders Crossway believes: Carequality's CA, or a partner's own signing
 * certificate pinned by an administrator. A signer is trusted when it is one of them or chains to
 * one of them (PKIX, revocation checking off: the network publishes no reachable CRLs for us).
 */
public final class TrustAnchors {

    private final List<X509Certificate> anchors;

    private TrustAnchors(List<X509Certificate> anchors) {
        this.anchors = List.copyOf(anchors);
    }

    public static TrustAnchors of(X509Certificate... anchors) {
        return new TrustAnchors(List.of(anchors));
    }

    public static TrustAnchors of(List<X509Certificate> anchors) {
        return new TrustAnchors(anchors);
    }

    /** Every {@code CERTIFICATE} block of a PEM text; refuses a text without any. */
    public static TrustAnchors fromPem(String pem) {
        List<X509Certificate> certs = Pem.certificates(pem);
        if (certs.isEmpty()) {
            throw new IllegalArgumentException("no CERTIFICATE block in the trust anchor PEM");
        }
        return new TrustAnchors(certs);
    }

    public static TrustAnchors fromPem(byte[] pem) {
        return fromPem(new String(pem, StandardCharsets.US_ASCII));
    }

    public List<X509Certificate> certificates() {
        return anchors;
    }

    /** Throws {@code UNTRUSTED_SIGNER} unless {@code signer} is an anchor or chains to one at {@code at}. */
    void check(X509Certificate signer, List<X509Certificate> intermediates, Instant at) {
        if (anchors.contains(signer)) {
            return;
        }
        if (anchors.isEmpty()) {
            throw untrusted(signer, "no trust anchors are configured");
        }
        try {
            List<X509Certificate> path = new ArrayList<>();
            path.add(signer);
            intermediates.stream().filter(c -> !c.equals(signer) && !anchors.contains(c)).forEach(path::add);
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            Set<TrustAnchor> trust = anchors.stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet());
            PKIXParameters params = new PKIXParameters(trust);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX").validate(certPath, params);
        } catch (GeneralSecurityException e) {
            throw untrusted(signer, e.getMessage());
        }
    }

    private static SecurityRejection untrusted(X509Certificate signer, String why) {
        return new SecurityRejection(SecurityRejection.Rule.UNTRUSTED_SIGNER,
                "signer '" + signer.getSubjectX500Principal().getName() + "' is not trusted: " + why);
    }
}
