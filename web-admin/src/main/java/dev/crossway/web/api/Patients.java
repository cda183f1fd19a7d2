package dev.crossway.web.api;

import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.PatientForm;
import dev.crossway.responder.application.PatientView;
import dev.crossway.web.api.dto.AddressDto;
import dev.crossway.web.api.dto.IdentifierDto;
import dev.crossway.web.api.error.InvalidRequestException;
import dev.crossway.web.api.dto.DemographicsDto;
import dev.crossway.web.api.dto.PatientDto;
import dev.crossway.web.api.dto.PhoneNumberDto;
import java.util.List;

/** Between Redox's Patient section and the responder's patient forms and views. */
final class Patients {

    private Patients() {
    }

    static List<PatientId> identifiers(PatientDto patient, String field) {
        return Requests.patientIdsUnderAuthority(patient, field, true);
    }

    static PatientForm toForm(String community, PatientDto patient) {
        List<PatientId> ids = identifiers(patient, "Patient.Identifiers");
        DemographicsDto d = patient.demographics();
        if (d == null) {
            throw new InvalidRequestException("Patient.Demographics", "demographics are required");
        }
        AddressDto a = d.address() == null ? new AddressDto(null, null, null, null, null) : d.address();
        PhoneNumberDto p = d.phoneNumber() == null ? new PhoneNumberDto(null, null, null) : d.phoneNumber();
        return new PatientForm(community, ids, d.firstName(), d.middleName(), d.lastName(), Requests.date(d.dob(), "Patient.Demographics.DOB"), d.sex(),
                a.streetAddress(), a.city(), a.state(), a.zip(), p.home(), p.mobile());
    }

    static PatientDto toDto(PatientView v) {
        return new PatientDto(
                v.identifiers().stream().map(i -> new IdentifierDto(i.value(), i.assigningAuthority().value())).toList(),
                new DemographicsDto(v.firstName(), v.middleName(), v.lastName(),
                        v.birthDate() == null ? null : v.birthDate().toString(), v.sex(),
                        new AddressDto(v.street(), v.city(), v.state(), v.zip(), null),
                        new PhoneNumberDto(v.homePhone(), v.mobilePhone(), null)));
    }
}
