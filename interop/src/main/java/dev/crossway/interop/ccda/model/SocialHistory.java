package dev.crossway.interop.ccda.model;

import java.util.List;

/** Social history observations; the (latest) smoking status is also given on its own. */
public record SocialHistory(
        List<Observation> observations,
        Observation smokingStatus) {

    public SocialHistory {
        observations = List.copyOf(observations);
    }
}
