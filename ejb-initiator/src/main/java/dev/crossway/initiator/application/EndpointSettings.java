package dev.crossway.initiator.application;

/**
 * How to talk to one partner endpoint (keyed by URL); an endpoint without saved settings uses
 * the defaults of {@link #defaults(String)}.
 *
 * @param documentsPerRetrieve  documents asked per ITI-39 request, 1..{@value #MAX_DOCUMENTS_PER_RETRIEVE}
 * @param signatureAlgorithm    {@code RSA_SHA256} or {@code RSA_SHA1}
 * @param urnOidPrefix          write home community ids as {@code urn:oid:…} (true) or bare
 * @param mtom                  send requests as MTOM multipart (true) or inline SOAP
 * @param xcpdTimeoutSeconds    overrides the XCPD default (60 s) when non-null
 * @param queryTimeoutSeconds   overrides the XCA query default (120 s) when non-null
 * @param retrieveTimeoutSeconds overrides the XCA retrieve default (120 s) when non-null
 * @param maxConcurrency        calls in flight to this endpoint at once, 1..64
 */
public record EndpointSettings(
        String url,
        int documentsPerRetrieve,
        String signatureAlgorithm,
        boolean urnOidPrefix,
        boolean mtom,
        Integer xcpdTimeoutSeconds,
        Integer queryTimeoutSeconds,
        Integer retrieveTimeoutSeconds,
        int maxConcurrency) {

    public static final int MAX_DOCUMENTS_PER_RETRIEVE = 100;
    public static final int DEFAULT_DOCUMENTS_PER_RETRIEVE = 10;
    public static final int DEFAULT_MAX_CONCURRENCY = 4;

    public static EndpointSettings defaults(String url) {
        return new EndpointSettings(url, DEFAULT_DOCUMENTS_PER_RETRIEVE, "RSA_SHA256", true, false, null, null, null, DEFAULT_MAX_CONCURRENCY);
    }
}
