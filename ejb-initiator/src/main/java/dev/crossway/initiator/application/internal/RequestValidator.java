package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.Demographics;
import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.application.InitiatorField;
import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.initiator.application.Targets;
import dev.crossway.initiator.domain.PatientKey;
import dev.crossway.interop.id.Oid;

/** Checks requests before anything goes out, naming the field in Redox terms. */
final class RequestValidator {

    private RequestValidator() {
    }

    static void context(InitiatorContext c) {
        if (c == null) {
            throw new InitiatorValidationException(InitiatorField.CALLER, "the caller's user, role, organization and purpose of use are required");
        }
        if (blank(c.userId())) {
            throw new InitiatorValidationException(InitiatorField.CALLER_USER, "user-id is required");
        }
        if (blank(c.organizationId()) || !Oid.isValid(c.organizationId())) {
            throw new InitiatorValidationException(InitiatorField.CALLER_ORGANIZATION,
                    "sender-organization-id must be an OID");
        }
    }

    /** XCPD needs a name and a birth date. */
    static void patient(Demographics p) {
        if (p == null) {
            throw new InitiatorValidationException(InitiatorField.PATIENT, "Patient is required");
        }
        if (blank(p.lastName())) {
            throw new InitiatorValidationException(InitiatorField.PATIENT_LAST_NAME, "LastName is required");
        }
        if (blank(p.firstName())) {
            throw new InitiatorValidationException(InitiatorField.PATIENT_FIRST_NAME, "FirstName is required");
        }
        if (p.birthDate() == null) {
            throw new InitiatorValidationException(InitiatorField.PATIENT_BIRTH_DATE, "DOB is required");
        }
    }

    static void targets(Targets t, Demographics p) {
        if (t == null) {
            return;
        }
        t.organizationIds().forEach(id -> {
            if (!Oid.isValid(id)) {
                throw new InitiatorValidationException(InitiatorField.TARGET_ORGANIZATIONS, "'" + id + "' is not an OID");
            }
        });
        if (t.radiusMiles() != null && (t.radiusMiles() <= 0 || t.radiusMiles() > 500)) {
            throw new InitiatorValidationException(InitiatorField.RADIUS_MILES, "Miles must be between 0 and 500");
        }
        if (t.organizationIds().isEmpty() && !t.linkedOnly() && blank(t.radiusZip()) && (p == null || blank(p.zip()))) {
            throw new InitiatorValidationException(InitiatorField.RADIUS_ZIP, "a ZIP (of the radius or of the patient) is required for a radius search");
        }
    }

    /** The local key: the caller's first identifier, else the demographics fingerprint. */
    static PatientKey key(Demographics p) {
        if (!p.identifiers().isEmpty()) {
            return PatientKey.ofIdentifier(p.identifiers().get(0).toCx());
        }
        return PatientKey.ofDemographics(p.lastName(), p.firstName(), p.birthDate(), p.sex());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
