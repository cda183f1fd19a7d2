package dev.crossway.initiator.application;

import java.time.Instant;

/**
 * A scheduled pre-visit patient query.
 *
 * @param status    {@code Scheduled} (pending), {@code Running}, {@code Completed}, {@code Failed}
 *                  or {@code Cancelled}
 * @param duplicate true when this request joined an appointment already scheduled for the
 *                  same patient and day (the view is that first one's)
 * @param owner     the API client that booked it
 * @param patient   the patient's name as booked ("Last, First"), for people reading a list
 * @param attempts  how many times a node claimed the query (a lease that expired counts)
 * @param node      the node that ran (or runs) it
 */
public record AppointmentView(
        String id,
        String visitId,
        Instant visitTime,
        Instant queryAt,
        String status,
        boolean duplicate,
        Instant completedAt,
        String error,
        String owner,
        String patient,
        int attempts,
        String node,
        String cancelReason) {

    public static final String SCHEDULED = "Scheduled";
    public static final String RUNNING = "Running";
    public static final String COMPLETED = "Completed";
    public static final String FAILED = "Failed";
    public static final String CANCELLED = "Cancelled";
}
