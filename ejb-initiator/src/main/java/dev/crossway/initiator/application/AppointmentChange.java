package dev.crossway.initiator.application;

import java.time.Instant;

/**
 * A Redox {@code Scheduling/Cancel}, {@code Reschedule} or {@code Modification}: which visit (its
 * number, else the patient and the day of its time) and what it now is.
 *
 * @param visitId      {@code Visit.VisitNumber}: the visit as it is now
 * @param visitTime    {@code Visit.VisitDateTime}
 * @param oldVisitId   {@code Visit.OldVisitNumber} (Reschedule): the visit as it was booked
 * @param oldVisitTime {@code Visit.OldDateTime} (Reschedule)
 * @param reason       {@code Visit.CancelReason} (Cancel)
 * @param patient      the patient, required to find a visit without a number, and the new
 *                     demographics of a Modification; may be null otherwise
 * @param targets      null: as booked
 */
public record AppointmentChange(InitiatorContext context, Demographics patient, Targets targets, String visitId, Instant visitTime,
                                String oldVisitId, Instant oldVisitTime, String reason) {
}
