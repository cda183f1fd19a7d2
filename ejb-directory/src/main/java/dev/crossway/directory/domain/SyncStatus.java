package dev.crossway.directory.domain;

/** A sync run's life: running, then completed or failed (a failed URL run may be resumed). */
public enum SyncStatus {
    RUNNING, COMPLETED, FAILED
}
