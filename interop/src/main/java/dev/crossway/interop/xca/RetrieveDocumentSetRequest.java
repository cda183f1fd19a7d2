package dev.crossway.interop.xca;

import java.util.List;

/** An ITI-39 request: the documents to retrieve, at least one. */
public record RetrieveDocumentSetRequest(List<DocumentRequest> documents) {

    public RetrieveDocumentSetRequest {
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a retrieve request needs at least one DocumentRequest");
        }
    }
}
