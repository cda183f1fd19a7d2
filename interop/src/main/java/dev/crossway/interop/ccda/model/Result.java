package dev.crossway.interop.ccda.model;

import java.util.List;

/** A result organizer (panel) with its component observations. */
public record Result(
        Code code,
        String status,
        String dateTime,
        List<Observation> observations) {

    public Result {
        observations = List.copyOf(observations);
    }
}
