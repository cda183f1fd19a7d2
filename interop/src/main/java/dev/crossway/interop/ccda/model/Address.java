package dev.crossway.interop.ccda.model;

/** A postal address; several street lines are joined with a comma. */
public record Address(
        String streetAddress,
        String city,
        String state,
        String zip,
        String country) {
}
