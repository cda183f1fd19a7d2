package dev.crossway.responder.application.internal;

import dev.crossway.interop.config.Setting;
/**
 * How much one initiator's request may take out of the document store, so that one ITI-39 cannot
 * ask for the same large document thousands of times (exhausting the heap) and one FindDocuments
 * cannot list a patient's whole history of thousands of entries in one answer:
 * {@code crossway.gateway.retrieve.max-documents} / {@code CROSSWAY_GATEWAY_RETRIEVE_MAX_DOCUMENTS}
 * (DocumentRequests answered per ITI-39, default 100: real partners ask for 1 to 9),
 * {@code crossway.gateway.retrieve.max-bytes} / {@code CROSSWAY_GATEWAY_RETRIEVE_MAX_BYTES} (stored
 * bytes of the documents in one ITI-39 answer, default 50 MiB: two of the largest documents the
 * store takes, 20 MiB each, plus change), and {@code crossway.gateway.find-documents.max-results} /
 * {@code CROSSWAY_GATEWAY_FIND_DOCUMENTS_MAX_RESULTS} (entries in one FindDocuments answer, newest
 * first, default 1000). Beyond them the answer is PartialSuccess with a RegistryError per document
 * left out (retrieve) or one warning (FindDocuments), never a failure of the whole request.
 * And whom: {@code crossway.gateway.require-xcpd-correlation} /
 * {@code CROSSWAY_GATEWAY_REQUIRE_XCPD_CORRELATION} (default true): FindDocuments only for a
 * patient id that an XCPD answer of ours gave the same initiator within the correlation's time to
 * live. Switch it off only for partners that learn patient ids another, trusted way.
 */
public record DisclosureLimits(int retrieveMaxDocuments, long retrieveMaxBytes, int findDocumentsMaxResults,
                               boolean requireCorrelation) {

    public static final int DEFAULT_RETRIEVE_MAX_DOCUMENTS = 100;
    public static final long DEFAULT_RETRIEVE_MAX_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_FIND_DOCUMENTS_MAX_RESULTS = 1000;
    public static final DisclosureLimits DEFAULT = new DisclosureLimits(DEFAULT_RETRIEVE_MAX_DOCUMENTS,
            DEFAULT_RETRIEVE_MAX_BYTES, DEFAULT_FIND_DOCUMENTS_MAX_RESULTS, true);

    public DisclosureLimits {
        if (retrieveMaxDocuments < 1 || retrieveMaxBytes < 1 || findDocumentsMaxResults < 1) {
            throw new IllegalArgumentException("disclosure limits must be positive: " + retrieveMaxDocuments + " documents, "
                    + retrieveMaxBytes + " bytes, " + findDocumentsMaxResults + " results");
        }
    }

    /** The size limits, with XCPD correlation required. */
    public DisclosureLimits(int retrieveMaxDocuments, long retrieveMaxBytes, int findDocumentsMaxResults) {
        this(retrieveMaxDocuments, retrieveMaxBytes, findDocumentsMaxResults, true);
    }

    static DisclosureLimits fromEnvironment() {
        int documents = Setting.value("crossway.gateway.retrieve.max-documents")
                .map(Integer::parseInt).orElse(DEFAULT_RETRIEVE_MAX_DOCUMENTS);
        long bytes = Setting.value("crossway.gateway.retrieve.max-bytes")
                .map(Long::parseLong).orElse(DEFAULT_RETRIEVE_MAX_BYTES);
        int results = Setting.value("crossway.gateway.find-documents.max-results").map(Integer::parseInt).orElse(DEFAULT_FIND_DOCUMENTS_MAX_RESULTS);
        boolean correlation = Setting.value("crossway.gateway.require-xcpd-correlation").map(Boolean::parseBoolean).orElse(true);
        return new DisclosureLimits(documents, bytes, results, correlation);
    }
}
