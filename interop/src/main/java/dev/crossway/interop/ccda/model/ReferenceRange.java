package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A result's normal range, numeric bounds or the sender's text. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReferenceRange(
        @JsonProperty("Low") String low,
        @JsonProperty("High") String high,
        @JsonProperty("Text") String text) {
}
