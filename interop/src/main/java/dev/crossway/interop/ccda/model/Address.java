package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A postal address; several street lines are joined with a comma. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Address(
        @JsonProperty("StreetAddress") String streetAddress,
        @JsonProperty("City") String city,
        @JsonProperty("State") String state,
        @JsonProperty("ZIP") String zip,
        @JsonProperty("Country") String country) {
}
