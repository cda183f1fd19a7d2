package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Redox's {@code Patient.Demographics}; {@code DOB} is YYYY-MM-DD, {@code Sex} Male, Female or
 * Unknown. Requests use the first seven; answers carry every key Redox defines.
 */
@Schema
public record DemographicsDto(String firstName, String middleName, String lastName, @JsonProperty("DOB") String dob,
                              String sex, AddressDto address, PhoneNumberDto phoneNumber,
                              @JsonProperty("SSN") String ssn, List<String> emailAddresses, String language, String race,
                              String ethnicity, Boolean isHispanic, String religion, String maritalStatus,
                              Boolean isDeceased, String deathDateTime, List<String> citizenship) {

    public DemographicsDto(String firstName, String middleName, String lastName, String dob, String sex, AddressDto address,
                           PhoneNumberDto phoneNumber) {
        this(firstName, middleName, lastName, dob, sex, address, phoneNumber, null, List.of(), null, null, null, null, null,
                null, null, null, List.of());
    }
}
