package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A procedure (procedure, observation or act form of the Procedure Activity templates). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Procedure(
        @JsonProperty("Code") Code code,
        @JsonProperty("DateTime") String dateTime,
        @JsonProperty("EndDateTime") String endDateTime,
        @JsonProperty("Status") String status,
        @JsonProperty("TargetSite") Code targetSite,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonProperty("Negated") boolean negated) {
}
