package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.SyncRunView;
import dev.crossway.directory.domain.SyncRun;
import dev.crossway.directory.infrastructure.fhir.DirectoryPage;
import dev.crossway.directory.infrastructure.persistence.JpaOrganizationRepository;
import dev.crossway.directory.infrastructure.persistence.JpaSyncRunRepository;
import dev.crossway.directory.infrastructure.persistence.JpaZipCentroidRepository;
import dev.crossway.directory.support.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.function.Function;

/** {@link SyncSteps} as the container runs them: each call a new transaction (REQUIRES_NEW). */
final class LocalSyncSteps implements SyncSteps {

    private static <T> T tx(Function<SyncLedger, T> step) {
        return TestDatabase.DB.inTransaction((EntityManager em) -> step.apply(new SyncLedger(new JpaSyncRunRepository(em),
                new JpaOrganizationRepository(em), new JpaZipCentroidRepository(em), Clock.systemUTC())));
    }

    @Override
    public SyncRunView begin(SyncRun run) {
        return tx(l -> l.begin(run));
    }

    @Override
    public void storePage(String runId, DirectoryPage page, int nextStart) {
        tx(l -> {
            l.storePage(runId, page, nextStart);
            return null;
        });
    }

    @Override
    public void fail(String runId, String message) {
        tx(l -> {
            l.fail(runId, message);
            return null;
        });
    }

    @Override
    public SyncRunView complete(String runId, boolean deactivateUnseen) {
        return tx(l -> l.complete(runId, deactivateUnseen));
    }

    @Override
    public SyncRunView resume(String runId) {
        return tx(l -> l.resume(runId));
    }

    @Override
    public int nextStart(String runId) {
        return tx(l -> l.nextStart(runId));
    }
}
