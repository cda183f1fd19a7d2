package dev.crossway.interop.xca;

import java.util.List;
import java.util.Objects;

/** An ITI-38 answer: status, errors (partial or full failure), DocumentEntries or ObjectRefs, Associations. */
public record AdhocQueryResponse(ResponseStatus status, List<RegistryError> errors, List<DocumentEntry> documents,
                                 List<ObjectRef> references, List<Association> associations) {

    public AdhocQueryResponse(ResponseStatus status, List<RegistryError> errors, List<DocumentEntry> documents,
                              List<ObjectRef> references) {
        this(status, errors, documents, references, List.of());
    }

    public AdhocQueryResponse {
        Objects.requireNonNull(status, "status");
        errors = List.copyOf(errors);
        documents = List.copyOf(documents);
        references = List.copyOf(references);
        associations = associations == null ? List.of() : List.copyOf(associations);
        if (status != ResponseStatus.SUCCESS && errors.isEmpty()) {
            throw new IllegalArgumentException("a " + status + " response needs at least one RegistryError");
        }
    }

    public static AdhocQueryResponse success(List<DocumentEntry> documents) {
        return new AdhocQueryResponse(ResponseStatus.SUCCESS, List.of(), documents, List.of());
    }

    public static AdhocQueryResponse failure(RegistryError error) {
        return new AdhocQueryResponse(ResponseStatus.FAILURE, List.of(error), List.of(), List.of());
    }
}
