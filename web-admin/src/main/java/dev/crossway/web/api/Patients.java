package dev.crossway.web.api;

import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.PatientForm;
import dev.crossway.responder.application.PatientView;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.web.api.dto.AddressDto;
import dev.crossway.web.api.dto.DemographicsDto;
import dev.crossway.web.api.dto.IdentifierDto;
import dev.crossway.web.api.dto.PatientDto;
import dev.crossway.web.api.dto.PhoneNumberDto;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Between Redox's Patient section and the responder's patient forms and views. */
final class Patients {

    private Patients() {
    }

    static List<PatientId> identifiers(PatientDto patient, String field) {
        if (patient == null || patient.identifiers() == null || patient.identifiers().isEmpty()) {
            throw new ResponderValidationException(field, "at least one identifier is required");
        }
        List<PatientId> ids = new ArrayList<>();
        for (int i = 0; i < patient.identifiers().size(); i++) {
            IdentifierDto id = patient.identifiers().get(i);
            String where = field + "[" + i + "]";
            if (id == null || id.id() == null || id.id().isBlank()) {
                throw new ResponderValidationException(where + ".ID", "the identifier value is required");
            }
            if (!Oid.isValid(id.idType())) {
                throw new ResponderValidationException(where + ".IDType", "IDType must be the assigning authority's OID");
            }
            ids.add(new PatientId(id.id().trim(), Oid.of(id.idType())));
        }
        return ids;
    }

    static PatientForm toForm(String community, PatientDto patient) {
        List<PatientId> ids = identifiers(patient, "Patient.Identifiers");
        DemographicsDto d = patient.demographics();
        if (d == null) {
            throw new ResponderValidationException("Patient.Demographics", "demographics are required");
        }
        AddressDto a = d.address() == null ? new AddressDto(null, null, null, null, null) : d.address();
        PhoneNumberDto p = d.phoneNumber() == null ? new PhoneNumberDto(null, null, null) : d.phoneNumber();
        return new PatientForm(community, ids, d.firstName(), d.middleName(), d.lastName(), date(d.dob()), d.sex(),
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

    private static LocalDate date(String dob) {
        if (dob == null || dob.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(dob.length() > 10 ? dob.substring(0, 10) : dob);
        } catch (DateTimeParseException e) {
            throw new ResponderValidationException("Patient.Demographics.DOB", "DOB must be YYYY-MM-DD");
        }
    }
}
