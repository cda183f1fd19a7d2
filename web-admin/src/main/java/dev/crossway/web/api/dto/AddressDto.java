package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema
public record AddressDto(String streetAddress, String city, String state, @JsonProperty("ZIP") String zip,
                         String country) {
}
