package dev.crossway.interop.ccda.model;

import java.util.List;

/** An encounter with the diagnoses recorded for it and where it took place. */
public record Encounter(
        Code type,
        String dateTime,
        String endDateTime,
        String location,
        List<Code> diagnosis) {

    public Encounter {
        diagnosis = List.copyOf(diagnosis);
    }
}
