package dev.crossway.interop.ccda.model;

import java.util.List;

/** Vital signs taken together (one organizer); units are kept as sent, never converted. */
public record VitalSign(
        String dateTime,
        List<Observation> observations) {

    public VitalSign {
        observations = List.copyOf(observations);
    }
}
