package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A problem observation: {@code code} is its value (usually SNOMED CT), {@code altCodes} the
 * translations (often ICD-10-CM). {@code negated} means the problem is absent; with the
 * generic code 55607006 "Problem" that is "no known problems".
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @JsonProperty("Code") Code code,
        @JsonProperty("AltCodes") List<Code> altCodes,
        @JsonProperty("Category") Code category,
        @JsonProperty("StartDate") String startDate,
        @JsonProperty("EndDate") String endDate,
        @JsonProperty("Status") Code status,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonProperty("Negated") boolean negated) {

    public Problem {
        altCodes = List.copyOf(altCodes);
    }
}
