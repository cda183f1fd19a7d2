package dev.crossway.initiator.application;

import java.util.List;

/** The documents a community listed, and how the query went (status OK, Error, Timeout or Skipped). */
public record DocumentList(List<DocumentRef> documents, SourceOutcome source) {

    public DocumentList {
        documents = List.copyOf(documents);
    }
}
