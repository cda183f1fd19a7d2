package dev.crossway.initiator.application;

import java.time.Instant;

/**
 * One step of a patient query, for server-sent events.
 *
 * @param type    {@code Started}, {@code Discovered} (one community answered XCPD; {@code source} set),
 *                {@code Listed} (one community's documents listed; {@code source} set), {@code Retrieved}
 *                (one document retrieved and read; {@code message} is its id), {@code Completed}
 *                ({@code summary} set, final) or {@code Failed} ({@code message} says why)
 * @param percent 0..100
 */
public record ProgressEvent(String type, int percent, String message, SourceOutcome source, MergedSummary summary, Instant at) {

    public static final String STARTED = "Started";
    public static final String DISCOVERED = "Discovered";
    public static final String LISTED = "Listed";
    public static final String RETRIEVED = "Retrieved";
    public static final String COMPLETED = "Completed";
    public static final String FAILED = "Failed";

    public boolean terminal() {
        return COMPLETED.equals(type) || FAILED.equals(type);
    }
}
