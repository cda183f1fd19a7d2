package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Vital signs taken together (one organizer); units are kept as sent, never converted. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VitalSign(
        @JsonProperty("DateTime") String dateTime,
        @JsonProperty("Observations") List<Observation> observations) {

    public VitalSign {
        observations = List.copyOf(observations);
    }
}
