package dev.crossway.responder.application;

/**
 * What a partner's write did. Interface engines resend on any error, so every write is
 * idempotent: resending what is already stored is {@code UNCHANGED}, never an error.
 */
public enum WriteOutcome {
    /** Stored for the first time. */
    CREATED,
    /** Already known and changed by this write. */
    UPDATED,
    /** Already known exactly so: nothing was written. */
    UNCHANGED
}
