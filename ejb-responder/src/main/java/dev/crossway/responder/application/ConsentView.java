package dev.crossway.responder.application;

import dev.crossway.interop.id.PatientId;
import java.time.Instant;

/**
 * A patient's recorded choice about disclosure to the network: {@code optedOut} true means
 * XCPD and XCA answer as if the patient were unknown. {@code recordedAt}/{@code recordedBy} null
 * when nothing was ever recorded (the patient is disclosed).
 */
public record ConsentView(String communityHcid, PatientId patient, boolean optedOut, Instant recordedAt, String recordedBy) {
}
