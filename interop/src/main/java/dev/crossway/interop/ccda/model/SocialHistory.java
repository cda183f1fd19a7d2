package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Social history observations; the (latest) smoking status is also given on its own. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SocialHistory(
        @JsonProperty("Observations") List<Observation> observations,
        @JsonProperty("SmokingStatus") Observation smokingStatus) {

    public SocialHistory {
        observations = List.copyOf(observations);
    }
}
