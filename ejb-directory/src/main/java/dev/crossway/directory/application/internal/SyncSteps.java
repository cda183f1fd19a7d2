package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.SyncRunView;
import dev.crossway.directory.domain.SyncRun;
import dev.crossway.directory.infrastructure.fhir.DirectoryPage;
import jakarta.ejb.Local;

/**
 * The steps of a sync run that write, each in a transaction of its own so that progress is
 * visible while the run goes on and a failure loses at most the page in hand.
 */
@Local
public interface SyncSteps {

    SyncRunView begin(SyncRun run);

    /** Upserts one page and advances the run's counters and resume offset. */
    void storePage(String runId, DirectoryPage page, int nextStart);

    void fail(String runId, String message);

    /** Ends the run; with {@code deactivateUnseen}, organizations the run did not see are deactivated. */
    SyncRunView complete(String runId, boolean deactivateUnseen);

    /** Puts a failed URL run back to RUNNING and returns it (with its resume offset). */
    SyncRunView resume(String runId);

    /** The run's saved {@code _start}. */
    int nextStart(String runId);
}
