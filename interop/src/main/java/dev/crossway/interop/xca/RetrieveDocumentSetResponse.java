package dev.crossway.interop.xca;

import java.util.List;
import java.util.Objects;

/** An ITI-39 answer: registry status and errors, and the documents retrieved. */
public record RetrieveDocumentSetResponse(ResponseStatus status, List<RegistryError> errors,
                                          List<RetrievedDocument> documents) {

    public RetrieveDocumentSetResponse {
        Objects.requireNonNull(status, "status");
        errors = List.copyOf(errors);
        documents = List.copyOf(documents);
        if (status != ResponseStatus.SUCCESS && errors.isEmpty()) {
            throw new IllegalArgumentException("a " + status + " response needs at least one RegistryError");
        }
    }

    public static RetrieveDocumentSetResponse success(List<RetrievedDocument> documents) {
        return new RetrieveDocumentSetResponse(ResponseStatus.SUCCESS, List.of(), documents);
    }
}
