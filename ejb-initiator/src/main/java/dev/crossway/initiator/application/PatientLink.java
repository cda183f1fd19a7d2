package dev.crossway.initiator.application;

import dev.crossway.interop.id.PatientId;
import java.time.Instant;

/** A community known to hold the patient, under this identifier, as last seen by a discovery. */
public record PatientLink(String organizationId, String organizationName, PatientId patientId, Instant lastSeen) {
}
