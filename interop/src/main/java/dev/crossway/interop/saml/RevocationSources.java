package dev.crossway.interop.saml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches what the revocation check needs, over HTTP with a short timeout, so that a slow or
 * unreachable CRL host or OCSP responder never holds a request for long: CRLs by URL, kept until
 * their {@code nextUpdate} (at most a day; an hour when they name none), and OCSP answers. A failed
 * fetch is remembered for {@link #RETRY_AFTER}, so an unreachable host costs one timeout a minute,
 * not one per request. The JDK's certificate path validator then checks what was fetched (the
 * CRL's and the OCSP answer's signatures, issuers and times): Crossway fetches, the JDK judges.
 */
class RevocationSources {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    static final Duration MAX_CRL_AGE = Duration.ofDays(1);
    static final Duration CRL_WITHOUT_NEXT_UPDATE = Duration.ofHours(1);
    private static final int MAX_CRL_BYTES = 32 * 1024 * 1024;
    private static final int MAX_OCSP_BYTES = 64 * 1024;
    private static final String SHA1 = "1.3.14.3.2.26";

    private sealed interface Fetched {
        Instant until();
    }

    private record Crl(X509CRL crl, Instant until) implements Fetched {
    }

    private record Failed(String why, Instant until) implements Fetched {
    }

    private final HttpClient http;
    private final Map<URI, Fetched> crls = new ConcurrentHashMap<>();
    private final Map<URI, Failed> unreachable = new ConcurrentHashMap<>();

    RevocationSources() {
        this(HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build());
    }

    RevocationSources(HttpClient http) {
        this.http = http;
    }

    /** The CRL published at {@code url}, from the cache while it is current at {@code at}. */
    X509CRL crl(URI url, Instant at) throws IOException {
        Fetched cached = crls.get(url);
        if (cached != null && cached.until().isAfter(at)) {
            if (cached instanceof Failed f) {
                throw new IOException(f.why() + " (not retried before " + f.until() + ")");
            }
            return ((Crl) cached).crl();
        }
        try {
            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new ByteArrayInputStream(get(HttpRequest.newBuilder(url).GET(), MAX_CRL_BYTES)));
            Instant next = crl.getNextUpdate() == null ? at.plus(CRL_WITHOUT_NEXT_UPDATE) : crl.getNextUpdate().toInstant();
            Instant until = next.isBefore(at.plus(MAX_CRL_AGE)) ? next : at.plus(MAX_CRL_AGE);
            remember(crls, url, new Crl(crl, until));
            return crl;
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            String why = "CRL " + url + " could not be fetched: " + message(e);
            remember(crls, url, new Failed(why, at.plus(RETRY_AFTER)));
            throw new IOException(why, e);
        }
    }

    /** The OCSP responder's answer (DER) about {@code certificate}; not cached here: see {@link Revocation}. */
    byte[] ocsp(URI responder, X509Certificate certificate, X509Certificate issuer, Instant at) throws IOException {
        Failed failed = unreachable.get(responder);
        if (failed != null && failed.until().isAfter(at)) {
            throw new IOException(failed.why() + " (not retried before " + failed.until() + ")");
        }
        try {
            return get(HttpRequest.newBuilder(responder).header("Content-Type", "application/ocsp-request")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request(certificate, issuer))), MAX_OCSP_BYTES);
        } catch (IOException e) {
            String why = "OCSP responder " + responder + " could not be reached: " + message(e);
            remember(unreachable, responder, new Failed(why, at.plus(RETRY_AFTER)));
            throw new IOException(why, e);
        }
    }

    /**
     * An RFC 6960 OCSPRequest for one certificate, without a nonce (so answers may be cached, by the
     * responder and by us). Written with {@link Der} because the JDK's OCSP client is internal
     * ({@code sun.security.provider.certpath.OCSP}) and BouncyCastle is no run-time dependency.
     */
    static byte[] request(X509Certificate certificate, X509Certificate issuer) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] nameHash = sha1.digest(issuer.getSubjectX500Principal().getEncoded());
            // SubjectPublicKeyInfo ::= SEQUENCE { algorithm, subjectPublicKey BIT STRING }: hash the key bits
            List<Der.Tlv> spki = Der.read(Der.read(issuer.getPublicKey().getEncoded()).get(0).content());
            byte[] bits = spki.get(1).content();
            byte[] keyHash = sha1.digest(java.util.Arrays.copyOfRange(bits, 1, bits.length));
            BigInteger serial = certificate.getSerialNumber();
            byte[] certId = Der.sequence(Der.algorithm(SHA1), Der.octetString(nameHash), Der.octetString(keyHash),
                    Der.integer(serial));
            return Der.sequence(Der.sequence(Der.sequence(Der.sequence(certId))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is unavailable for OCSP certificate ids", e);
        }
    }

    /** The body of a 200 answer; the whole exchange, body included, bounded by {@link #TIMEOUT}. */
    private byte[] get(HttpRequest.Builder request, int maxBytes) throws IOException {
        try {
            return http.sendAsync(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofInputStream())
                    .thenApply(response -> body(response, maxBytes))
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("no answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw new IOException(message(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static byte[] body(HttpResponse<InputStream> response, int maxBytes) {
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException("the answer exceeds " + maxBytes + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <V> void remember(Map<URI, V> cache, URI url, V value) {
        if (cache.size() > 1000) {
            cache.clear();
        }
        cache.put(url, value);
    }

    /** In words for the log and the SOAP fault: never an exception's class name. */
    private static String message(Throwable e) {
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer within " + TIMEOUT.toSeconds() + " s";
        }
        if (e instanceof java.security.cert.CRLException || e instanceof ClassCastException) {
            return "the answer is not a readable CRL";
        }
        return e.getMessage() == null || e.getMessage().contains("Exception") ? "network error" : e.getMessage();
    }
}
