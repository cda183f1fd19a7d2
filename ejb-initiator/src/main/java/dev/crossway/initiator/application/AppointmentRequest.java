package dev.crossway.initiator.application;

import java.time.Instant;

/**
 * A Redox {@code Scheduling/New}: a visit ahead of which the network should be asked.
 *
 * @param visitId the scheduling system's id of the visit, optional
 * @param targets null: the default radius around the patient's ZIP
 */
public record AppointmentRequest(InitiatorContext context, Demographics patient, Targets targets, Instant visitTime, String visitId) {
}
