package dev.crossway.responder.application;

import java.util.Objects;

/** A patient as a NewPatient left it, and whether it was created, updated or already so. */
public record Registration(PatientView patient, WriteOutcome outcome) {

    public Registration {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(outcome, "outcome");
    }
}
