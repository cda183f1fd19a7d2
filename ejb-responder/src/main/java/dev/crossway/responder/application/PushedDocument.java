package dev.crossway.responder.application;

import java.util.Objects;

/** A pushed document, and whether this push stored it ({@code CREATED}) or found it stored ({@code UNCHANGED}). */
public record PushedDocument(StoredDocumentView document, WriteOutcome outcome) {

    public PushedDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(outcome, "outcome");
    }
}
