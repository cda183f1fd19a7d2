package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.Demographics;
import dev.crossway.initiator.application.InitiatorContext;
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
            throw new InitiatorValidationException("Meta.Extensions", "the caller's user, role, organization and purpose of use are required");
        }
        if (blank(c.userId())) {
            throw new InitiatorValidationException("Meta.Extensions.user-id", "user-id is required");
        }
        if (blank(c.organizationId()) || !Oid.isValid(c.organizationId())) {
            throw new InitiatorValidationException("Meta.Extensions.sender-organization-id",
                    "sender-organization-id must be an OID");
        }
    }

    /** XCPD needs a name and a birth date. */
    static void patient(Demographics p) {
        if (p == null) {
            throw new InitiatorValidationException("Patient", "Patient is required");
        }
        if (blank(p.lastName())) {
            throw new InitiatorValidationException("Patient.Demographics.LastName", "LastName is required");
        }
        if (blank(p.firstName())) {
            throw new InitiatorValidationException("Patient.Demographics.FirstName", "FirstName is required");
        }
        if (p.birthDate() == null) {
            throw new InitiatorValidationException("Patient.Demographics.DOB", "DOB is required");
        }
    }

    static void targets(Targets t, Demographics p) {
        if (t == null) {
            return;
        }
        t.organizationIds().forEach(id -> {
            if (!Oid.isValid(id)) {
                throw new InitiatorValidationException("Targets.Organizations.ID", "'" + id + "' is not an OID");
            }
        });
        if (t.radiusMiles() != null && (t.radiusMiles() <= 0 || t.radiusMiles() > 500)) {
            throw new InitiatorValidationException("Targets.Radius.Miles", "Miles must be between 0 and 500");
        }
        if (t.organizationIds().isEmpty() && !t.linkedOnly() && blank(t.radiusZip()) && (p == null || blank(p.zip()))) {
            throw new InitiatorValidationException("Targets.Radius.ZIP", "a ZIP (of the radius or of the patient) is required for a radius search");
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
