package dev.crossway.interop.ccda.model;

/**
 * The document's author: a person (names present) or a device (software name in
 * {@code device}), with the organization they represent.
 */
public record Author(
        String id,
        String idType,
        String firstName,
        String lastName,
        String credentials,
        String device,
        Organization organization) {
}
