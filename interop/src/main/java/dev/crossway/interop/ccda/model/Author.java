package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The document's author: a person (names present) or a device (software name in
 * {@code device}), with the organization they represent.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Author(
        @JsonProperty("ID") String id,
        @JsonProperty("IDType") String idType,
        @JsonProperty("FirstName") String firstName,
        @JsonProperty("LastName") String lastName,
        @JsonProperty("Credentials") String credentials,
        @JsonProperty("Device") String device,
        @JsonProperty("Organization") Organization organization) {
}
