package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A result organizer (panel) with its component observations. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Result(
        @JsonProperty("Code") Code code,
        @JsonProperty("Status") String status,
        @JsonProperty("DateTime") String dateTime,
        @JsonProperty("Observations") List<Observation> observations) {

    public Result {
        observations = List.copyOf(observations);
    }
}
