package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An encounter with the diagnoses recorded for it and where it took place. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Encounter(
        @JsonProperty("Type") Code type,
        @JsonProperty("DateTime") String dateTime,
        @JsonProperty("EndDateTime") String endDateTime,
        @JsonProperty("Location") String location,
        @JsonProperty("Diagnosis") List<Code> diagnosis) {

    public Encounter {
        diagnosis = List.copyOf(diagnosis);
    }
}
