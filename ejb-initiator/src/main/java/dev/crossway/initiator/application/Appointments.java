package dev.crossway.initiator.application;

import dev.crossway.interop.access.Caller;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Workflow triggers: an appointment schedules an automatic patient query
 * {@code crossway.scheduling.lead-time} (default PT12H) before the visit, so that the results
 * are waiting when the clinician opens the chart. At most one per client, patient and visit day.
 * The query runs on whichever node of the cluster claims it first once it is due; its result is
 * kept for the appointment, and announced to the client as {@code Scheduling.ResultsReady}.
 *
 * <p>What a client booked is its own: another client's appointment is as unknown as one that
 * never existed (empty answers), an administrator sees every one.
 */
@Local
public interface Appointments {

    /** The event published (to the appointment's owner) when a pre-visit query's results are kept. */
    String RESULTS_READY = "Scheduling.ResultsReady";

    /**
     * Schedules (or, for the same patient and day, returns the one already scheduled). A visit
     * sooner than the lead time is queried at once.
     *
     * @throws InitiatorValidationException for a malformed context, patient or missing visit time
     */
    AppointmentView schedule(Caller caller, AppointmentRequest request);

    /** Scheduling/Cancel: empty when the caller has no such appointment. */
    Optional<AppointmentView> cancel(Caller caller, AppointmentChange change);

    /**
     * Scheduling/Reschedule (the visit named by {@code oldVisitId}/{@code oldVisitTime}, else by
     * {@code visitId}) and Modification (the visit named by {@code visitId}): the visit as it now
     * is, queried again ahead of it. Empty when the caller has no such appointment.
     *
     * @throws InitiatorValidationException for a malformed change, or a new day on which the
     *         patient already has another appointment
     */
    Optional<AppointmentView> change(Caller caller, AppointmentChange change);

    /** One appointment and its results, if the caller may see it. */
    Optional<PreVisitResult> result(Caller caller, String appointmentId);

    /** The caller's appointments of this patient (by identifier, else demographics), latest visit first, with their results. */
    List<PreVisitResult> resultsFor(Caller caller, Demographics patient);

    /** The latest stored result of the caller's scheduled queries for this patient (an administrator's: anyone's). */
    Optional<MergedSummary> latestFor(Caller caller, Demographics patient);

    /** The appointments the caller may see whose visit is at or after {@code now minus days}, soonest first. */
    List<AppointmentView> list(Caller caller, int days, int max);
}
