package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A medication activity. {@code negated} (negationInd) means not taken: refused when a reason
 * is given, "no medications" when the product is absent or the generic "drug or medicament".
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Medication(
        @JsonProperty("Product") Code product,
        @JsonProperty("Dose") Quantity dose,
        @JsonProperty("Route") Code route,
        @JsonProperty("Frequency") Frequency frequency,
        @JsonProperty("StartDate") String startDate,
        @JsonProperty("EndDate") String endDate,
        @JsonProperty("Status") String status,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonProperty("Negated") boolean negated,
        @JsonProperty("NegationReason") Code negationReason) {
}
