package dev.crossway.interop.ccda.model;

/** One manifestation of an allergy, with its own severity when the sender gave one. */
public record Reaction(
        String code,
        String codeSystem,
        String codeSystemName,
        String name,
        Code severity) {
}
