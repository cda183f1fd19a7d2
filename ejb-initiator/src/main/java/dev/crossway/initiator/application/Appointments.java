package dev.crossway.initiator.application;

import dev.crossway.interop.access.Caller;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Workflow triggers: an appointment schedules an automatic patient query
 * {@code crossway.scheduling.lead-time} (default PT12H) before the visit, so that the results
 * are waiting when the clinician opens the chart. At most one per patient and visit day.
 */
@Local
public interface Appointments {

    /**
     * Schedules (or, for the same patient and day, returns the one already scheduled). A visit
     * sooner than the lead time is queried at once.
     *
     * @throws InitiatorValidationException for a malformed context, patient or missing visit time
     */
    AppointmentView schedule(Caller caller, AppointmentRequest request);

    /** The most recent stored result of the caller's scheduled queries for this patient (an administrator's: anyone's). */
    Optional<MergedSummary> latestFor(Caller caller, Demographics patient);

    /** Appointments whose visit is at or after {@code now minus one day}, soonest first. */
    List<AppointmentView> upcoming(int max);
}
