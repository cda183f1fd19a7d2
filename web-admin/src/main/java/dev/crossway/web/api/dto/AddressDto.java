package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

public record AddressDto(String streetAddress, String city, String state, @JsonProperty("ZIP") String zip,
                         String country) {
}
