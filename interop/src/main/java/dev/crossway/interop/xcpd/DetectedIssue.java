package dev.crossway.interop.xcpd;

import java.util.Objects;

/**
 * A {@code detectedIssueEvent} of an XCPD response: either an attribute the responder needs to
 * decide on a match ({@code triggerFor/actOrderRequired}, e.g. LivingSubjectAdministrativeGenderRequested)
 * or an error ({@code mitigatedBy/detectedIssueManagement}, e.g. ResponderBusy).
 */
public record DetectedIssue(Kind kind, String code) {

    public enum Kind { ATTRIBUTE_REQUESTED, ERROR }

    public static final String GENDER_REQUESTED = "LivingSubjectAdministrativeGenderRequested";
    public static final String ADDRESS_REQUESTED = "PatientAddressRequested";
    public static final String TELECOM_REQUESTED = "PatientTelecomRequested";
    public static final String BIRTH_PLACE_NAME_REQUESTED = "LivingSubjectBirthPlaceNameRequested";
    public static final String BIRTH_PLACE_ADDRESS_REQUESTED = "LivingSubjectBirthPlaceAddressRequested";
    public static final String SSN_REQUESTED = "SSNRequested";
    public static final String MOTHERS_MAIDEN_NAME_REQUESTED = "MothersMaidenNameRequested";

    public static final String RESPONDER_BUSY = "ResponderBusy";
    public static final String ANSWER_NOT_AVAILABLE = "AnswerNotAvailable";
    public static final String INTERNAL_ERROR = "InternalError";

    public DetectedIssue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("detected issue code is blank");
        }
    }

    public static DetectedIssue attributeRequested(String code) {
        return new DetectedIssue(Kind.ATTRIBUTE_REQUESTED, code);
    }

    public static DetectedIssue error(String code) {
        return new DetectedIssue(Kind.ERROR, code);
    }

    /** The IHE code system of this kind of code. */
    public String codeSystem() {
        return kind == Kind.ERROR ? Hl7v3.ERROR_SYSTEM : Hl7v3.ATTRIBUTE_REQUESTED_SYSTEM;
    }
}
