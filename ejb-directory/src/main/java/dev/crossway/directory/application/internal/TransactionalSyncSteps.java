package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.SyncRunView;
import dev.crossway.directory.domain.OrganizationRepository;
import dev.crossway.directory.domain.SyncRun;
import dev.crossway.directory.domain.SyncRunRepository;
import dev.crossway.directory.domain.ZipCentroidRepository;
import dev.crossway.directory.infrastructure.fhir.DirectoryPage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;

/** Each sync step in a new transaction of its own (committed when the call returns). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TransactionalSyncSteps implements SyncSteps {

    @Inject
    SyncRunRepository runs;
    @Inject
    OrganizationRepository organizations;
    @Inject
    ZipCentroidRepository zips;

    private SyncLedger ledger;

    @PostConstruct
    void init() {
        ledger = new SyncLedger(runs, organizations, zips, Clock.systemUTC());
    }

    @Override
    public SyncRunView begin(SyncRun run) {
        return ledger.begin(run);
    }

    @Override
    public void storePage(String runId, DirectoryPage page, int nextStart) {
        ledger.storePage(runId, page, nextStart);
    }

    @Override
    public void fail(String runId, String message) {
        ledger.fail(runId, message);
    }

    @Override
    public SyncRunView complete(String runId, boolean deactivateUnseen) {
        return ledger.complete(runId, deactivateUnseen);
    }

    @Override
    public SyncRunView resume(String runId) {
        return ledger.resume(runId);
    }

    @Override
    public int nextStart(String runId) {
        return ledger.nextStart(runId);
    }
}
