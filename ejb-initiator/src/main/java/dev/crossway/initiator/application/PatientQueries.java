package dev.crossway.initiator.application;

import dev.crossway.interop.access.Caller;
import jakarta.ejb.Local;
import java.util.Optional;

/**
 * The one-call patient query (Redox ClinicalSummary PatientQuery): discovery, document query at
 * every matched community, retrieve, C-CDA reading and one merged summary. Jobs are kept in
 * the database: any node of the cluster answers for any job, and a job outlives the node that ran it.
 */
@Local
public interface PatientQueries {

    /**
     * Runs the whole chain and returns by the overall deadline with what arrived.
     *
     * @param listener progress as it happens (may be {@link ProgressListener#none()})
     * @throws InitiatorValidationException for a malformed context, patient or target set
     * @throws dev.crossway.interop.access.NotGrantedException when the caller may not initiate or
     *         assert the context's organization, purpose of use or role; nothing is sent
     */
    MergedSummary run(Caller caller, PatientQueryRequest request, ProgressListener listener);

    /**
     * Validates the request, starts it on the managed executor and returns its job id at once.
     *
     * @throws InitiatorValidationException as for {@link #run}
     */
    String start(Caller caller, PatientQueryRequest request);

    /** A job's state; empty when unknown, expired or started by another client (unless the caller is an administrator). */
    Optional<JobView> job(Caller caller, String jobId);

    /**
     * Streams a job's events to {@code listener}: the events so far are replayed first, then new
     * ones as they happen; a finished job replays and ends with its terminal event.
     *
     * @return false when the job is unknown, expired or another client's (as for {@link #job})
     */
    boolean subscribe(Caller caller, String jobId, ProgressListener listener);

    /** Stops streaming to {@code listener} (e.g. the SSE client went away). */
    void unsubscribe(String jobId, ProgressListener listener);
}
