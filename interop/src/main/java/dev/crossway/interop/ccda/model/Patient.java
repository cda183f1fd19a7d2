package dev.crossway.interop.ccda.model;

import java.util.List;

/** The document's subject. */
public record Patient(
        List<Identifier> identifiers,
        Demographics demographics) {

    public Patient {
        identifiers = List.copyOf(identifiers);
    }
}
