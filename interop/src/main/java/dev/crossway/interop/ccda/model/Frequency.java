package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A medication's PIVL_TS period, e.g. every 12 h, or an EIVL event code such as "AC". */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Frequency(
        @JsonProperty("Period") String period,
        @JsonProperty("Unit") String unit,
        @JsonProperty("Event") String event) {
}
