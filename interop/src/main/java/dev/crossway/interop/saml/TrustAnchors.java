package dev.crossway.interop.saml;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The certificates whose holders Crossway believes ({@link Anchor}): Carequality's CA, or a
 * partner's own signing certificate pinned by an administrator. A signer is trusted when it is one
 * of them, or when its chain validates (PKIX) to a CA anchor; an expired anchor vouches for nobody
 * (PKIX itself never checks an anchor's dates). The certificates of a validated chain are then
 * checked for revocation ({@link Revocation}); a pinned certificate is not: pinning is the
 * administrator's word for exactly that certificate, and withdrawing it is removing the anchor.
 */
public final class TrustAnchors {

    /** Bound of {@link #validated}; past it the memo starts again empty. */
    static final int MAX_VALIDATED_PATHS = 1024;

    private final List<Anchor> anchors;
    private final Revocation revocation;
    /**
     * Chains that PKIX has validated against these anchors, with the root each ends in. A
     * partner signs every message with the same certificate, and PKIX re-verified its issuer's
     * RSA signature on it each time (4.3% of an XCPD request-to-response in the interop JMH
     * profile). What PKIX decides apart from dates (signatures, names, basic constraints, key
     * usage, policies) depends only on the certificates and the anchors, which are fixed for this
     * object; so a hit re-checks what does depend on time: every certificate's validity at the
     * message's time and that its root is still a current anchor. Revocation is checked on every
     * message, hit or not. Bounded: a flood of distinct chains empties it, at the cost of the
     * validation each would have had anyway.
     */
    private final Map<List<X509Certificate>, X509Certificate> validated = new ConcurrentHashMap<>();

    private TrustAnchors(List<Anchor> anchors, Revocation revocation) {
        this.anchors = List.copyOf(anchors);
        this.revocation = Objects.requireNonNull(revocation, "revocation");
    }

    /** Each certificate of the kind its basicConstraints say, SHA-1 refused, revocation not checked. */
    public static TrustAnchors of(X509Certificate... certificates) {
        return of(Arrays.stream(certificates).map(Anchor::of).toList());
    }

    public static TrustAnchors of(Anchor... anchors) {
        return of(List.of(anchors));
    }

    /** These anchors, revocation not checked (see {@link #withRevocation}). */
    public static TrustAnchors of(List<Anchor> anchors) {
        return new TrustAnchors(anchors, Revocation.off());
    }

    /** Every {@code CERTIFICATE} block of a PEM text; refuses a text without any. */
    public static TrustAnchors fromPem(String pem) {
        List<X509Certificate> certs = Pem.certificates(pem);
        if (certs.isEmpty()) {
            throw new IllegalArgumentException("no CERTIFICATE block in the trust anchor PEM");
        }
        return of(certs.toArray(X509Certificate[]::new));
    }

    public static TrustAnchors fromPem(byte[] pem) {
        return fromPem(new String(pem, StandardCharsets.US_ASCII));
    }

    /** The same anchors, the certificates of every validated chain checked for revocation this way. */
    public TrustAnchors withRevocation(Revocation revocation) {
        return new TrustAnchors(anchors, revocation);
    }

    public List<Anchor> anchors() {
        return anchors;
    }

    public List<X509Certificate> certificates() {
        return anchors.stream().map(Anchor::certificate).toList();
    }

    /**
     * The anchor that vouches for {@code signer} at {@code at}: the signer itself, or the CA its chain
     * validates to; throws {@code UNTRUSTED_SIGNER} when there is none, when that anchor has expired,
     * or when a certificate of the chain is revoked.
     */
    Anchor check(X509Certificate signer, List<X509Certificate> intermediates, Instant at) {
        Optional<Anchor> itself = anchors.stream().filter(a -> a.certificate().equals(signer)).findFirst();
        if (itself.isPresent()) {
            checkValidity(signer, itself.get(), at);
            return itself.get();
        }
        if (anchors.isEmpty()) {
            throw untrusted(signer, "no trust anchors are configured");
        }
        List<Anchor> cas = anchors.stream().filter(a -> a.kind() == Anchor.Kind.CA).toList();
        List<Anchor> current = cas.stream().filter(a -> !a.expiredAt(at)).toList();
        List<X509Certificate> path = path(signer, intermediates);
        try {
            if (current.isEmpty()) {
                throw new GeneralSecurityException("no CA trust anchor is configured");
            }
            X509Certificate root = validatedRoot(path, current, at);
            revocation.check(path, root, at);
            return current.stream().filter(a -> a.certificate().equals(root)).findFirst().orElseThrow();
        } catch (GeneralSecurityException e) {
            throw untrusted(signer, why(path, cas, at, e));
        }
    }

    /** A trusted signer's own dates: a pinned (or directly trusted) certificate that expired vouches for nobody. */
    private static void checkValidity(X509Certificate signer, Anchor anchor, Instant at) {
        try {
            signer.checkValidity(Date.from(at));
        } catch (CertificateExpiredException e) {
            throw untrusted(signer, "the trust anchor '" + anchor.subject() + "' expired on " + anchor.certificate().getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw untrusted(signer, "the trust anchor '" + anchor.subject() + "' is valid only from "
                    + anchor.certificate().getNotBefore().toInstant());
        }
    }

    /** The signer and the certificates sent beside it, less the CA anchors themselves. */
    private List<X509Certificate> path(X509Certificate signer, List<X509Certificate> intermediates) {
        List<X509Certificate> path = new ArrayList<>();
        path.add(signer);
        intermediates.stream()
                .filter(c -> !c.equals(signer) && anchors.stream().noneMatch(a -> a.kind() == Anchor.Kind.CA && a.certificate().equals(c)))
                .forEach(path::add);
        return path;
    }

    /** The root {@code path} validates to among {@code current} at {@code at}: from {@link #validated} when it is there. */
    private X509Certificate validatedRoot(List<X509Certificate> path, List<Anchor> current, Instant at)
            throws GeneralSecurityException {
        X509Certificate known = validated.get(path);
        if (known != null && current.stream().anyMatch(a -> a.certificate().equals(known)) && allValid(path, at)) {
            return known;
        }
        // a miss, or a hit no longer valid: PKIX decides, and words any refusal as before
        X509Certificate root = validate(path, current, at).getTrustAnchor().getTrustedCert();
        if (validated.size() >= MAX_VALIDATED_PATHS) {
            validated.clear();
        }
        validated.put(List.copyOf(path), root);
        return root;
    }

    private static boolean allValid(List<X509Certificate> path, Instant at) {
        Date date = Date.from(at);
        for (X509Certificate c : path) {
            try {
                c.checkValidity(date);
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                return false;
            }
        }
        return true;
    }

    private static PKIXCertPathValidatorResult validate(List<X509Certificate> path, List<Anchor> cas, Instant at)
            throws GeneralSecurityException {
        CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
        PKIXParameters params = new PKIXParameters(cas.stream().map(a -> new TrustAnchor(a.certificate(), null))
                .collect(Collectors.toSet()));
        params.setRevocationEnabled(false);
        params.setDate(Date.from(at));
        return (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX").validate(certPath, params);
    }

    /** Why a chain is refused, in the words an administrator can act on. */
    private String why(List<X509Certificate> path, List<Anchor> cas, Instant at, GeneralSecurityException e) {
        List<Anchor> expired = cas.stream().filter(a -> a.expiredAt(at)).toList();
        if (!expired.isEmpty()) {
            try {
                X509Certificate root = validate(path, expired, at).getTrustAnchor().getTrustedCert();
                return "it chains only to the trust anchor '" + root.getSubjectX500Principal().getName() + "', which expired on "
                        + root.getNotAfter().toInstant();
            } catch (GeneralSecurityException ignored) {
                // not that either: the original reason stands
            }
        }
        Optional<Anchor> pinnedIssuer = anchors.stream().filter(a -> a.kind() == Anchor.Kind.PINNED
                && path.stream().anyMatch(c -> a.certificate().getSubjectX500Principal().equals(c.getIssuerX500Principal())))
                .findFirst();
        if (pinnedIssuer.isPresent()) {
            return "its issuer '" + pinnedIssuer.get().subject() + "' is a pinned trust anchor, which vouches only for itself,"
                    + " never for certificates it issued";
        }
        return e.getMessage();
    }

    private static SecurityRejection untrusted(X509Certificate signer, String why) {
        return new SecurityRejection(SecurityRejection.Rule.UNTRUSTED_SIGNER,
                "signer '" + signer.getSubjectX500Principal().getName() + "' is not trusted: " + why);
    }
}
