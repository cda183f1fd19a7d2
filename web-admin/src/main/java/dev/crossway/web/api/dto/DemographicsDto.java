package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Redox's {@code Patient.Demographics}; {@code DOB} is YYYY-MM-DD, {@code Sex} Male, Female or Unknown. */
public record DemographicsDto(String firstName, String middleName, String lastName, @JsonProperty("DOB") String dob,
                              String sex, AddressDto address, PhoneNumberDto phoneNumber) {
}
