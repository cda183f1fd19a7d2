package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.DirectoryField;
import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.directory.application.SyncRunView;
import dev.crossway.directory.domain.OrganizationRepository;
import dev.crossway.directory.domain.SyncRun;
import dev.crossway.directory.domain.SyncRunRepository;
import dev.crossway.directory.domain.ZipCentroidRepository;
import dev.crossway.directory.infrastructure.fhir.DirectoryPage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** {@link SyncSteps} inside the caller's transaction; the container (or a test) supplies one per call. */
final class SyncLedger implements SyncSteps {

    private final SyncRunRepository runs;
    private final OrganizationRepository organizations;
    private final PageUpsert upsert;
    private final Clock clock;

    SyncLedger(SyncRunRepository runs, OrganizationRepository organizations, ZipCentroidRepository zips, Clock clock) {
        this.runs = runs;
        this.organizations = organizations;
        this.upsert = new PageUpsert(organizations, zips);
        this.clock = clock;
    }

    @Override
    public SyncRunView begin(SyncRun run) {
        runs.add(run);
        return SyncRunViews.toView(run);
    }

    @Override
    public void storePage(String runId, DirectoryPage page, int nextStart) {
        SyncRun run = run(runId);
        List<String> errors = new ArrayList<>(page.errors());
        int stored = upsert.apply(page.entries(), runId, errors);
        organizations.announceChanges();
        errors.forEach(run::recordError);
        run.pageDone(stored, nextStart, page.total());
    }

    @Override
    public void fail(String runId, String message) {
        run(runId).fail(message, clock.instant());
    }

    @Override
    public SyncRunView complete(String runId, boolean deactivateUnseen) {
        SyncRun run = run(runId);
        if (deactivateUnseen) {
            if (run.organizations() > 0) {
                organizations.deactivateUnseen(runId, clock.instant());
                organizations.announceChanges();
            } else {
                run.recordError("the directory listed no organizations; none were deactivated");
            }
        }
        run.complete(clock.instant());
        return SyncRunViews.toView(run);
    }

    @Override
    public SyncRunView resume(String runId) {
        SyncRun run = run(runId);
        try {
            run.resume();
        } catch (IllegalStateException e) {
            throw new DirectoryValidationException(DirectoryField.SYNC_RUN, e.getMessage());
        }
        return SyncRunViews.toView(run);
    }

    @Override
    public int nextStart(String runId) {
        return run(runId).nextStart();
    }

    private SyncRun run(String runId) {
        return runs.find(runId).orElseThrow(() -> new DirectoryValidationException(DirectoryField.SYNC_RUN, "unknown sync run " + runId));
    }
}
