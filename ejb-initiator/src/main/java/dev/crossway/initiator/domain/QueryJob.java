package dev.crossway.initiator.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A patient query job as the database keeps it. A running job is leased: {@code node} runs it and
 * renews {@code leaseUntil} while it works; once the lease has run out, any node may claim it
 * (which counts one more attempt) and run it again from its stored request. {@code attempt} is
 * also the fencing token: a node writes progress only while the row still carries the attempt it
 * claimed, so a node that lost its lease cannot overwrite the one that took over.
 *
 * @param requestJson the request, as {@code StorageJson} writes it, to run the job again
 * @param summaryJson the final summary when completed, the latest partial one while running
 * @param lastSeq     the sequence number of the job's latest event
 */
public record QueryJob(String id, String owner, String status, int progress, String requestJson, String summaryJson,
                       String error, String node, Instant leaseUntil, int attempt, int lastSeq, Instant createdAt,
                       Instant finishedAt) {

    public static final String RUNNING = "Running";
    public static final String COMPLETED = "Completed";
    public static final String FAILED = "Failed";

    public QueryJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
    }

    public boolean finished() {
        return !RUNNING.equals(status);
    }

    public boolean leaseExpired(Instant now) {
        return RUNNING.equals(status) && (leaseUntil == null || leaseUntil.isBefore(now));
    }
}
