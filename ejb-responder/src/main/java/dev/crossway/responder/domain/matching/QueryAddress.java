package dev.crossway.responder.domain.matching;

/** One address of a query, reduced to what matching compares: street line and ZIP. */
public record QueryAddress(String street, String zip) {
}
