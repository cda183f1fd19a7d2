package dev.crossway.interop.ccda.model;

import java.util.List;

/** The patient's demographics from {@code recordTarget/patientRole}. DOB is ISO 8601. */
public record Demographics(
        String firstName,
        String middleName,
        String lastName,
        String dob,
        String sex,
        Address address,
        PhoneNumber phoneNumber,
        List<String> emailAddresses,
        String race,
        String ethnicity,
        String language) {

    public Demographics {
        emailAddresses = List.copyOf(emailAddresses);
    }
}
