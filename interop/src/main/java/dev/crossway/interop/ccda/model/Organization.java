package dev.crossway.interop.ccda.model;

/** An organization of the header: custodian, author's institution. */
public record Organization(
        String id,
        String idType,
        String name,
        Address address,
        String phoneNumber) {
}
