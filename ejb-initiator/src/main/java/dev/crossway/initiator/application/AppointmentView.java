package dev.crossway.initiator.application;

import java.time.Instant;

/**
 * A scheduled pre-visit patient query.
 *
 * @param status    {@code Scheduled}, {@code Running}, {@code Completed} or {@code Failed}
 * @param duplicate true when this request joined an appointment already scheduled for the
 *                  same patient and day (the view is that first one's)
 */
public record AppointmentView(
        String id,
        String visitId,
        Instant visitTime,
        Instant queryAt,
        String status,
        boolean duplicate,
        Instant completedAt,
        String error) {

    public static final String SCHEDULED = "Scheduled";
    public static final String RUNNING = "Running";
    public static final String COMPLETED = "Completed";
    public static final String FAILED = "Failed";
}
