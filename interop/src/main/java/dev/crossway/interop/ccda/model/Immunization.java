package dev.crossway.interop.ccda.model;

/**
 * An immunization activity. {@code refused} is its negationInd (not given, the reason in
 * {@code refusalReason}); {@code noInformation} marks an activity sent with a nullFlavor, i.e.
 * it is unknown whether the vaccine was given.
 */
public record Immunization(
        Code vaccine,
        String dateTime,
        Quantity dose,
        Code route,
        String status,
        String lotNumber,
        boolean refused,
        Code refusalReason,
        boolean noInformation) {
}
