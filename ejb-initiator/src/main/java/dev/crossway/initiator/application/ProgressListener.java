package dev.crossway.initiator.application;

/**
 * Receives a patient query's progress. Called from executor threads, one event at a time per
 * job, in order; must not block (an SSE sink's {@code send} is fine). An exception thrown by
 * the listener unsubscribes it and does not disturb the query.
 */
@FunctionalInterface
public interface ProgressListener {

    void onEvent(ProgressEvent event);

    static ProgressListener none() {
        return e -> { };
    }
}
