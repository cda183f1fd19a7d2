package dev.crossway.initiator.application;

import java.util.List;

/**
 * A patient query job.
 *
 * @param status  {@code Running}, {@code Completed} or {@code Failed}
 * @param events  human-readable progress lines, oldest first (bounded)
 * @param summary the partial summary while running (sources so far), the final one when completed, null when failed early
 * @param error   why it failed, else null
 */
public record JobView(String id, String status, int progressPercent, List<String> events, MergedSummary summary, String error) {

    public static final String RUNNING = "Running";
    public static final String COMPLETED = "Completed";
    public static final String FAILED = "Failed";

    public JobView {
        events = List.copyOf(events);
    }
}
