package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An immunization activity. {@code refused} is its negationInd (not given, the reason in
 * {@code refusalReason}); {@code noInformation} marks an activity sent with a nullFlavor, i.e.
 * it is unknown whether the vaccine was given.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Immunization(
        @JsonProperty("Vaccine") Code vaccine,
        @JsonProperty("DateTime") String dateTime,
        @JsonProperty("Dose") Quantity dose,
        @JsonProperty("Route") Code route,
        @JsonProperty("Status") String status,
        @JsonProperty("LotNumber") String lotNumber,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonProperty("Refused") boolean refused,
        @JsonProperty("RefusalReason") Code refusalReason,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonProperty("NoInformation") boolean noInformation) {
}
