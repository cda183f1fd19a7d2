package dev.crossway.responder.domain.patient;

import java.time.LocalDate;
import java.util.Objects;

/** What a partner tells about a patient (Redox PatientAdmin demographics), validated. */
public record PatientDemographics(String firstName, String middleName, String lastName, LocalDate birthDate, Sex sex,
                                  String street, String city, String state, String zip, String homePhone,
                                  String mobilePhone) {

    public PatientDemographics {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(birthDate, "birthDate");
        sex = sex == null ? Sex.UNKNOWN : sex;
    }
}
