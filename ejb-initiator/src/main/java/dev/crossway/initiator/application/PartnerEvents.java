package dev.crossway.initiator.application;

import jakarta.ejb.Local;

/**
 * Events a partner subscribes to with a webhook destination ({@code POST /api/v1/destinations}),
 * named as Redox names them: {@code PatientQuery.Completed}, {@code Scheduling.ResultsReady}.
 *
 * <p>{@link #publish} records the event in the caller's transaction; delivery happens after commit,
 * from a durable outbox, to each of the owner's destinations subscribed to the event's type. An event
 * whose owner has no such destination is dropped.
 */
@Local
public interface PartnerEvents {

    /**
     * @param owner the API client the event belongs to (the owner of the job or appointment)
     * @param type  the event's name, e.g. {@code PatientQuery.Completed}
     * @param json  the event body, exactly one JSON object, carried byte for byte as the signed delivery's
     *              {@code Data} (the envelope adds {@code EventID}, {@code EventType}, {@code Timestamp},
     *              {@code Attempt}: docs/OPERATIONS.md, Webhooks). A reference (a job id), never patient data.
     * @throws IllegalArgumentException for an unknown event name or a body that is not one JSON object
     */
    void publish(String owner, String type, String json);
}
