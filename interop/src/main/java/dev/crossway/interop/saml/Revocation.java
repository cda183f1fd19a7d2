package dev.crossway.interop.saml;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the certificates of a signer's validated path (the signer and any intermediate, not the
 * anchor) have been revoked, from their own CRL distribution points and OCSP responder.
 *
 * <p>Why not simply turn revocation on in PKIX: the JDK then fetches every CRL and OCSP answer on
 * every validation, with a 15 s default timeout set JVM-wide. So Crossway fetches itself
 * ({@link RevocationSources}: short timeouts, CRLs kept by URL until their nextUpdate) and caches
 * each certificate's status: good by OCSP for {@link #GOOD_BY_OCSP}, good by CRL until the CRL's
 * nextUpdate, undetermined for {@link RevocationSources#RETRY_AFTER}. What was fetched is judged by
 * the JDK: a one-certificate path anchored at its issuer, validated with a
 * {@link PKIXRevocationChecker} given the OCSP answer (OCSP only, no fallback: it never fetches on
 * its own) or, failing that, with the CRLs in a CertStore (the JDK's CRL-only legacy mode, which
 * fetches nothing while {@code com.sun.security.enableCRLDP} is left unset).
 *
 * <p>A REVOKED answer always refuses. A status that cannot be established (no pointer, host
 * unreachable, an answer that does not verify, status unknown) is accepted with a logged warning
 * under {@link Mode#SOFT_FAIL} and refused under {@link Mode#HARD_FAIL}.
 */
public final class Revocation {

    /** The {@code crossway.revocation} setting. */
    public enum Mode {
        OFF, SOFT_FAIL, HARD_FAIL;

        /** {@code off}, {@code soft-fail} or {@code hard-fail} (case and {@code _} / {@code -} ignored). */
        public static Mode parse(String setting) {
            String s = setting == null ? "" : setting.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Mode m : values()) {
                if (m.name().equals(s)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("revocation mode '" + setting + "' is not one of off, soft-fail, hard-fail");
        }

        public String setting() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static final Duration GOOD_BY_OCSP = Duration.ofMinutes(5);
    private static final int MAX_STATUSES = 10_000;
    private static final System.Logger LOG = System.getLogger(Revocation.class.getName());
    private static final Revocation OFF = new Revocation(Mode.OFF, null);

    private sealed interface Status {
        Instant until();
    }

    private record Good(Instant until) implements Status {
    }

    private record Revoked(String why, Instant until) implements Status {
    }

    private record Undetermined(String why, Instant until) implements Status {
    }

    private record Key(X509Certificate certificate, X509Certificate issuer) {
    }

    private final Mode mode;
    private final RevocationSources sources;
    private final Map<Key, Status> statuses = new ConcurrentHashMap<>();

    private Revocation(Mode mode, RevocationSources sources) {
        this.mode = mode;
        this.sources = sources;
    }

    public static Revocation off() {
        return OFF;
    }

    /** Checking in this mode, fetching over HTTP; keep one per process: it holds the caches. */
    public static Revocation of(Mode mode) {
        return mode == Mode.OFF ? OFF : new Revocation(mode, new RevocationSources());
    }

    public Mode mode() {
        return mode;
    }

    /**
     * @param path the signer first, each certificate followed by its issuer; the last one issued by {@code anchor}
     * @throws SecurityRejection {@code UNTRUSTED_SIGNER} when one is revoked, or its status is unknown under hard-fail
     */
    void check(List<X509Certificate> path, X509Certificate anchor, Instant at) {
        if (mode == Mode.OFF) {
            return;
        }
        for (int i = 0; i < path.size(); i++) {
            X509Certificate certificate = path.get(i);
            X509Certificate issuer = i + 1 < path.size() ? path.get(i + 1) : anchor;
            Key key = new Key(certificate, issuer);
            Status status = statuses.get(key);
            if (status == null || !status.until().isAfter(at)) {
                status = status(certificate, issuer, at);
                if (statuses.size() >= MAX_STATUSES) {
                    statuses.clear();
                }
                statuses.put(key, status);
                if (status instanceof Undetermined u && mode == Mode.SOFT_FAIL) {
                    LOG.log(System.Logger.Level.WARNING, "revocation status of ''{0}'' unknown, accepted (soft-fail) for {1}: {2}",
                            name(certificate), RevocationSources.RETRY_AFTER, u.why());
                }
            }
            if (status instanceof Revoked r) {
                throw new SecurityRejection(SecurityRejection.Rule.UNTRUSTED_SIGNER,
                        "certificate '" + name(certificate) + "' is revoked: " + r.why());
            }
            if (status instanceof Undetermined u && mode == Mode.HARD_FAIL) {
                throw new SecurityRejection(SecurityRejection.Rule.UNTRUSTED_SIGNER, "the revocation status of certificate '"
                        + name(certificate) + "' cannot be established, and revocation checking is hard-fail: " + u.why());
            }
        }
    }

    private Status status(X509Certificate certificate, X509Certificate issuer, Instant at) {
        RevocationPointers pointers = RevocationPointers.of(certificate);
        if (pointers.none()) {
            return new Undetermined("it names no CRL distribution point and no OCSP responder", at.plus(RevocationSources.RETRY_AFTER));
        }
        List<String> problems = new ArrayList<>();
        if (pointers.ocsp().isPresent()) {
            URI responder = pointers.ocsp().get();
            try {
                byte[] answer = sources.ocsp(responder, certificate, issuer, at);
                Optional<CertPathValidatorException> failure = judge(certificate, issuer, at, ocspOnly(certificate, answer));
                if (failure.isEmpty()) {
                    return new Good(at.plus(GOOD_BY_OCSP));
                }
                if (failure.get().getReason() == CertPathValidatorException.BasicReason.REVOKED) {
                    return new Revoked("OCSP responder " + responder + " says so (" + failure.get().getMessage() + ")", at.plus(GOOD_BY_OCSP));
                }
                problems.add("the OCSP answer of " + responder + " does not settle it: " + failure.get().getMessage());
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        List<X509CRL> crls = new ArrayList<>();
        for (URI url : pointers.crls()) {
            try {
                crls.add(sources.crl(url, at));
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        if (!crls.isEmpty()) {
            Instant until = crls.stream().map(c -> c.getNextUpdate() == null ? at.plus(RevocationSources.MAX_CRL_AGE)
                    : c.getNextUpdate().toInstant()).min(Instant::compareTo).orElseThrow();
            until = until.isBefore(at.plus(RevocationSources.MAX_CRL_AGE)) ? until : at.plus(RevocationSources.MAX_CRL_AGE);
            Optional<CertPathValidatorException> failure = judge(certificate, issuer, at, crlsOnly(crls));
            if (failure.isEmpty()) {
                return new Good(until);
            }
            if (failure.get().getReason() == CertPathValidatorException.BasicReason.REVOKED) {
                return new Revoked("its CRL says so (" + failure.get().getMessage() + ")", until);
            }
            problems.add("its CRL does not settle it: " + failure.get().getMessage());
        }
        return new Undetermined(String.join("; ", problems), at.plus(RevocationSources.RETRY_AFTER));
    }

    /** Validates the one-certificate path {@code certificate} → {@code issuer}; empty when it passes. */
    private static Optional<CertPathValidatorException> judge(X509Certificate certificate, X509Certificate issuer, Instant at,
                                                              ParamsSetup setup) {
        try {
            PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(issuer, null)));
            params.setDate(Date.from(at));
            params.setRevocationEnabled(true);
            CertPathValidator validator = CertPathValidator.getInstance("PKIX");
            setup.apply(params, validator);
            validator.validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)), params);
            return Optional.empty();
        } catch (CertPathValidatorException e) {
            return Optional.of(e);
        } catch (GeneralSecurityException e) {
            return Optional.of(new CertPathValidatorException(e.getMessage(), e));
        }
    }

    private interface ParamsSetup {
        void apply(PKIXParameters params, CertPathValidator validator) throws GeneralSecurityException;
    }

    /** Only this OCSP answer: NO_FALLBACK (so no CRL fetch), and an answer given (so no OCSP fetch). */
    private static ParamsSetup ocspOnly(X509Certificate certificate, byte[] answer) {
        return (params, validator) -> {
            PKIXRevocationChecker checker = (PKIXRevocationChecker) validator.getRevocationChecker();
            checker.setOptions(EnumSet.of(PKIXRevocationChecker.Option.NO_FALLBACK));
            checker.setOcspResponses(Map.of(certificate, answer));
            params.addCertPathChecker(checker);
        };
    }

    /** Only these CRLs: no checker added, so the JDK's legacy mode, CRLs from the CertStores given. */
    private static ParamsSetup crlsOnly(List<X509CRL> crls) {
        return (params, validator) -> params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
    }

    private static String name(X509Certificate c) {
        return c.getSubjectX500Principal().getName();
    }
}
