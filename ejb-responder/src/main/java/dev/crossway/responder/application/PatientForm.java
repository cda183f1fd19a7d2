package dev.crossway.responder.application;

import dev.crossway.interop.id.PatientId;
import java.time.LocalDate;
import java.util.List;

/** A patient as a partner registers or updates it (Redox PatientAdmin). {@code sex}: Male, Female or Unknown. */
public record PatientForm(String communityHcid, List<PatientId> identifiers, String firstName, String middleName,
                          String lastName, LocalDate birthDate, String sex, String street, String city, String state,
                          String zip, String homePhone, String mobilePhone) {

    public PatientForm {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
