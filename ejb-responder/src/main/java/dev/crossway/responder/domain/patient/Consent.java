package dev.crossway.responder.domain.patient;

import java.time.Instant;
import java.util.Objects;

/** The last recorded choice of a patient about disclosure to the network: opted out or in, when, by whom. */
public record Consent(boolean optedOut, Instant recordedAt, String recordedBy) {

    public Consent {
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
