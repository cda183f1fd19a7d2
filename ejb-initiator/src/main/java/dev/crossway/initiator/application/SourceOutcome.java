package dev.crossway.initiator.application;

import java.util.List;
import java.util.Map;

/**
 * How one community answered. {@code status} is one of the constants below; {@code error} says
 * why for Error, Timeout and Skipped. {@code documents} is filled by the patient query (the
 * documents found at that community), empty otherwise. The web layer writes it in the Redox {@code Sources} shape.
 */
public record SourceOutcome(
        String organizationId,
        String organizationName,
        String status,
        long elapsedMs,
        String error,
        List<DocumentRef> documents,
        StoredLinkUse storedLink) {

    public static final String MATCHED = "Matched";
    public static final String NO_MATCH = "NoMatch";
    public static final String MORE_ATTRIBUTES_REQUESTED = "MoreAttributesRequested";
    public static final String ERROR = "Error";
    public static final String TIMEOUT = "Timeout";
    public static final String SKIPPED = "Skipped";
    /** Used by document query and retrieve outcomes: the call succeeded. */
    public static final String OK = "OK";

    public SourceOutcome {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public SourceOutcome(String organizationId, String organizationName, String status, long elapsedMs, String error,
                         List<DocumentRef> documents) {
        this(organizationId, organizationName, status, elapsedMs, error, documents, null);
    }

    /**
     * The community was not asked again: a link that an earlier discovery of the same client found,
     * still within the community's {@code CorrelationTimeToLive}, named the patient there.
     */
    public record StoredLinkUse(java.time.Instant discoveredAt,
                                java.time.Instant validUntil) {
    }

    /** The same outcome, its documents and error replaced, still saying whether it came from a stored link. */
    public SourceOutcome with(String status, long elapsedMs, String error, List<DocumentRef> docs) {
        return new SourceOutcome(organizationId, organizationName, status, elapsedMs, error, docs, storedLink);
    }

    /** {@code {"ID", "Name"}}, the Redox organization reference. */
    public Map<String, String> organization() {
        return organizationName == null ? Map.of("ID", organizationId) : Map.of("ID", organizationId, "Name", organizationName);
    }

    public SourceOutcome withDocuments(List<DocumentRef> docs) {
        return new SourceOutcome(organizationId, organizationName, status, elapsedMs, error, docs, storedLink);
    }
}
