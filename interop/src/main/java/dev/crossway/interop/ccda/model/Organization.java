package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An organization of the header: custodian, author's institution. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Organization(
        @JsonProperty("ID") String id,
        @JsonProperty("IDType") String idType,
        @JsonProperty("Name") String name,
        @JsonProperty("Address") Address address,
        @JsonProperty("PhoneNumber") String phoneNumber) {
}
