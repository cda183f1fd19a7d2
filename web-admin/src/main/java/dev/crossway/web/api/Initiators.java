package dev.crossway.web.api;

import dev.crossway.initiator.application.Demographics;
import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.application.Match;
import dev.crossway.initiator.application.Targets;
import dev.crossway.interop.id.PatientId;
import dev.crossway.web.api.dto.AddressDto;
import dev.crossway.web.api.dto.DemographicsDto;
import dev.crossway.web.api.dto.IdentifierDto;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.PatientDto;
import dev.crossway.web.api.dto.PatientSearchDto;
import dev.crossway.web.api.dto.PhoneNumberDto;
import dev.crossway.web.api.dto.PotentialMatchDto;
import dev.crossway.web.api.dto.ReferenceDto;
import dev.crossway.web.api.error.InvalidRequestException;
import java.util.List;

/** Between the Redox PatientSearch / ClinicalSummary shapes and the initiator's requests. */
final class Initiators {

    private Initiators() {
    }

    /**
     * Who asks, from {@code Meta.Extensions} (Redox's typed values or plain strings); {@code caller},
     * the token's principal (the API client), is kept beside them for the audit trail.
     */
    static InitiatorContext context(MetaDto meta, String caller) {
        if (meta == null) {
            return new InitiatorContext(caller, null, null, null, null, null).by(caller, InitiatorContext.Channel.API);
        }
        String user = meta.extension("user-id");
        return new InitiatorContext(user == null ? caller : user, meta.extension("user-role"), meta.extension("purpose-of-use"),
                meta.extension("organization-name"), meta.extension("sender-organization-id"), meta.extension("npi"))
                .by(caller, InitiatorContext.Channel.API);
    }

    static Demographics demographics(PatientDto patient) {
        if (patient == null || patient.demographics() == null && (patient.identifiers() == null || patient.identifiers().isEmpty())) {
            throw new InvalidRequestException("Patient.Demographics", "the patient's demographics are required");
        }
        List<PatientId> ids = Requests.patientIdsUnderAuthority(patient, "Patient.Identifiers", false);
        DemographicsDto d = patient.demographics() == null
                ? new DemographicsDto(null, null, null, null, null, null, null) : patient.demographics();
        AddressDto a = d.address() == null ? new AddressDto(null, null, null, null, null) : d.address();
        PhoneNumberDto p = d.phoneNumber() == null ? new PhoneNumberDto(null, null, null) : d.phoneNumber();
        return new Demographics(ids, d.firstName(), d.middleName(), d.lastName(), Requests.date(d.dob(), "Patient.Demographics.DOB"), d.sex(),
                a.streetAddress(), a.city(), a.state(), a.zip(), p.home(), p.mobile());
    }

    static Targets targets(PatientSearchDto request) {
        PatientSearchDto.TargetsDto t = request.targets();
        String facility = request.meta() == null ? null : request.meta().facilityCode();
        if (t == null) {
            return facility == null || facility.isBlank() ? new Targets(List.of(), null, null, false, 0)
                    : Targets.of(List.of(facility.trim()));
        }
        List<String> ids = t.organizations() == null ? List.of()
                : t.organizations().stream().map(ReferenceDto::id).filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty() && facility != null && !facility.isBlank()) {
            ids = List.of(facility.trim());
        }
        return new Targets(ids, t.radius() == null ? null : t.radius().miles(), t.radius() == null ? null : t.radius().zip(),
                Boolean.TRUE.equals(t.linked()), t.max() == null ? 0 : t.max());
    }

    static PotentialMatchDto match(Match m) {
        return new PotentialMatchDto(new ReferenceDto(m.organizationId(), m.organizationName()),
                m.identifiers().stream().map(Initiators::identifier).toList(), demographics(m.demographics()));
    }

    static IdentifierDto identifier(PatientId id) {
        return new IdentifierDto(id.value(), id.assigningAuthority().value());
    }

    static DemographicsDto demographics(Demographics d) {
        if (d == null) {
            return null;
        }
        return new DemographicsDto(d.firstName(), d.middleName(), d.lastName(),
                d.birthDate() == null ? null : d.birthDate().toString(), d.sex(),
                new AddressDto(d.street(), d.city(), d.state(), d.zip(), null), new PhoneNumberDto(d.homePhone(), d.mobilePhone(), null));
    }
}
