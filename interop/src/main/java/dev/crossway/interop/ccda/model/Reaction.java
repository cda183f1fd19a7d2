package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One manifestation of an allergy, with its own severity when the sender gave one. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Reaction(
        @JsonProperty("Code") String code,
        @JsonProperty("CodeSystem") String codeSystem,
        @JsonProperty("CodeSystemName") String codeSystemName,
        @JsonProperty("Name") String name,
        @JsonProperty("Severity") Code severity) {
}
