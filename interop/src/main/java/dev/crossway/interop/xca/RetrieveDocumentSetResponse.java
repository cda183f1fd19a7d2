package dev.crossway.interop.xca;

import java.util.List;
import java.util.Objects;

/**
 * An ITI-39 answer: registry status and errors, the documents retrieved and, when read from a
 * partner, the DocumentResponses that could not be accepted (never written).
 *
 * <p>Only a Failure must carry a RegistryError. A PartialSuccess may come without one: that is
 * how the XCA Deferred Retrieve option says "the rest will follow" (a DeferredProcessingRequired
 * slot instead of errors).
 */
public record RetrieveDocumentSetResponse(ResponseStatus status, List<RegistryError> errors,
                                          List<RetrievedDocument> documents, List<RejectedDocument> rejected) {

    public RetrieveDocumentSetResponse {
        Objects.requireNonNull(status, "status");
        errors = List.copyOf(errors);
        documents = List.copyOf(documents);
        rejected = List.copyOf(rejected);
        if (status == ResponseStatus.FAILURE && errors.isEmpty()) {
            throw new IllegalArgumentException("a " + status + " response needs at least one RegistryError");
        }
    }

    public RetrieveDocumentSetResponse(ResponseStatus status, List<RegistryError> errors, List<RetrievedDocument> documents) {
        this(status, errors, documents, List.of());
    }

    public static RetrieveDocumentSetResponse success(List<RetrievedDocument> documents) {
        return new RetrieveDocumentSetResponse(ResponseStatus.SUCCESS, List.of(), documents);
    }
}
