package dev.crossway.responder.application;

import dev.crossway.interop.id.PatientId;
import java.time.LocalDate;
import java.util.List;

/** A patient of the index; {@code merged} when retired into another, {@code active} otherwise. */
public record PatientView(String communityHcid, List<PatientId> identifiers, String firstName, String middleName,
                          String lastName, LocalDate birthDate, String sex, String street, String city, String state,
                          String zip, String homePhone, String mobilePhone, boolean merged, boolean active) {

    public PatientView {
        identifiers = List.copyOf(identifiers);
    }
}
