package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The patient's demographics from {@code recordTarget/patientRole}. DOB is ISO 8601. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Demographics(
        @JsonProperty("FirstName") String firstName,
        @JsonProperty("MiddleName") String middleName,
        @JsonProperty("LastName") String lastName,
        @JsonProperty("DOB") String dob,
        @JsonProperty("Sex") String sex,
        @JsonProperty("Address") Address address,
        @JsonProperty("PhoneNumber") PhoneNumber phoneNumber,
        @JsonProperty("EmailAddresses") List<String> emailAddresses,
        @JsonProperty("Race") String race,
        @JsonProperty("Ethnicity") String ethnicity,
        @JsonProperty("Language") String language) {

    public Demographics {
        emailAddresses = List.copyOf(emailAddresses);
    }
}
