package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A coded concept as Redox writes it. {@code name} is the displayName, or the narrative text
 * the code's originalText points at when the sender gave no displayName.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Code(
        @JsonProperty("Code") String code,
        @JsonProperty("CodeSystem") String codeSystem,
        @JsonProperty("CodeSystemName") String codeSystemName,
        @JsonProperty("Name") String name) {
}
