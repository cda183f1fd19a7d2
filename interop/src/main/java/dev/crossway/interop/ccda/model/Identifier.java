package dev.crossway.interop.ccda.model;

/** An identifier with its assigning authority OID as the type (CDA {@code id/@root}). */
public record Identifier(
        String id,
        String idType) {
}
