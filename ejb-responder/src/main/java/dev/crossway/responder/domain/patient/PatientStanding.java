package dev.crossway.responder.domain.patient;

import java.util.Optional;

/**
 * What a disclosure decision reads of a patient (XCA: is the id known, merged into whom, still
 * active, opted out?), without its demographics or identifiers.
 */
public record PatientStanding(long key, Long survivor, boolean active, boolean optedOut) {

    public static PatientStanding of(Patient p) {
        return new PatientStanding(p.id(), p.mergedInto().orElse(null), p.isActive(), p.isOptedOut());
    }

    public Optional<Long> mergedInto() {
        return Optional.ofNullable(survivor);
    }
}
