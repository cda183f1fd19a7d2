package dev.crossway.responder.domain.matching;

import java.util.Optional;

/**
 * The demographic attributes matching weighs, with their weights (they sum to 1) and the IHE
 * code to ask for when the attribute would decide a doubtful match.
 */
public enum Attribute {
    FAMILY(0.30, null),
    GIVEN(0.20, null),
    BIRTH(0.25, null),
    GENDER(0.10, "LivingSubjectAdministrativeGenderRequested"),
    ADDRESS(0.10, "PatientAddressRequested"),
    PHONE(0.05, "PatientTelecomRequested");

    private final double weight;
    private final String requestCode;

    Attribute(double weight, String requestCode) {
        this.weight = weight;
        this.requestCode = requestCode;
    }

    public double weight() {
        return weight;
    }

    /** The XCPD "more attributes requested" code, for the attributes a responder may ask for. */
    public Optional<String> requestCode() {
        return Optional.ofNullable(requestCode);
    }
}
