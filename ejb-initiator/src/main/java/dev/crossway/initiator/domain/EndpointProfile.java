package dev.crossway.initiator.domain;

import dev.crossway.interop.saml.SignatureAlgorithm;
import java.time.Duration;
import java.util.Objects;

/**
 * How to talk to one partner endpoint: real partners differ in documents per retrieve, signature
 * algorithm, {@code urn:oid:} prefixes and MTOM. Timeouts are null when the transaction's
 * default applies.
 */
public record EndpointProfile(
        String url,
        int documentsPerRetrieve,
        SignatureAlgorithm signatureAlgorithm,
        boolean urnOidPrefix,
        boolean mtom,
        Duration xcpdTimeout,
        Duration queryTimeout,
        Duration retrieveTimeout,
        int maxConcurrency) {

    public static final int DEFAULT_DOCUMENTS_PER_RETRIEVE = 10;
    public static final int DEFAULT_MAX_CONCURRENCY = 4;

    public EndpointProfile {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        documentsPerRetrieve = Math.max(1, documentsPerRetrieve);
        maxConcurrency = Math.max(1, maxConcurrency);
    }

    public static EndpointProfile defaults(String url) {
        return new EndpointProfile(url, DEFAULT_DOCUMENTS_PER_RETRIEVE, SignatureAlgorithm.RSA_SHA256, true, false,
                null, null, null, DEFAULT_MAX_CONCURRENCY);
    }

    public EndpointProfile withDocumentsPerRetrieve(int n) {
        return new EndpointProfile(url, n, signatureAlgorithm, urnOidPrefix, mtom, xcpdTimeout, queryTimeout,
                retrieveTimeout, maxConcurrency);
    }

    public EndpointProfile withSignatureAlgorithm(SignatureAlgorithm a) {
        return new EndpointProfile(url, documentsPerRetrieve, a, urnOidPrefix, mtom, xcpdTimeout, queryTimeout,
                retrieveTimeout, maxConcurrency);
    }

    public EndpointProfile withMtom(boolean m) {
        return new EndpointProfile(url, documentsPerRetrieve, signatureAlgorithm, urnOidPrefix, m, xcpdTimeout,
                queryTimeout, retrieveTimeout, maxConcurrency);
    }

    public EndpointProfile withUrnOidPrefix(boolean p) {
        return new EndpointProfile(url, documentsPerRetrieve, signatureAlgorithm, p, mtom, xcpdTimeout,
                queryTimeout, retrieveTimeout, maxConcurrency);
    }
}
