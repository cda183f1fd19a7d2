package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An allergy or intolerance observation. {@code negated} is the observation's negationInd: with
 * a substance it means "not allergic to" it, without one "no known allergies" of {@code type}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Allergy(
        @JsonProperty("Type") Code type,
        @JsonProperty("Substance") Code substance,
        @JsonProperty("Reaction") List<Reaction> reactions,
        @JsonProperty("Severity") Code severity,
        @JsonProperty("Status") Code status,
        @JsonProperty("StartDate") String startDate,
        @JsonProperty("EndDate") String endDate,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonProperty("Negated") boolean negated) {

    public Allergy {
        reactions = List.copyOf(reactions);
    }
}
