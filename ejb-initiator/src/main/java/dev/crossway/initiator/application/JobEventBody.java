package dev.crossway.initiator.application;

import jakarta.ejb.Local;

/**
 * Writes a finished job as the JSON body of its {@code PatientQuery.Completed} event: the answer of
 * {@code GET /api/v1/jobs/{id}} (the job with its Redox {@code PatientQueryResponse}), so that a
 * partner reads a webhook and a poll alike. The web layer owns the API's JSON and implements it.
 */
@Local
public interface JobEventBody {

    String json(JobView job);
}
