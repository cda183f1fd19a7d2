package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The document's subject. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Patient(
        @JsonProperty("Identifiers") List<Identifier> identifiers,
        @JsonProperty("Demographics") Demographics demographics) {

    public Patient {
        identifiers = List.copyOf(identifiers);
    }
}
