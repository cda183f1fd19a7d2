package dev.crossway.directory.application.internal;

import dev.crossway.directory.domain.DirectoryEntry;
import dev.crossway.directory.infrastructure.fhir.DirectoryPage;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores an uploaded Bundle in slices of {@value #SLICE} organizations, each its own transaction.
 * An upload is a part of the directory, not all of it, so nothing is deactivated afterwards.
 */
final class UploadSync {

    static final int SLICE = 500;
    private static final Logger LOG = Logger.getLogger(UploadSync.class.getName());

    private final SyncSteps steps;

    UploadSync(SyncSteps steps) {
        this.steps = steps;
    }

    void run(String runId, DirectoryPage bundle) {
        try {
            List<List<DirectoryEntry>> slices = PageUpsert.chunks(bundle.entries(), SLICE);
            int done = 0;
            for (int i = 0; i < Math.max(1, slices.size()); i++) {
                List<DirectoryEntry> slice = slices.isEmpty() ? List.of() : slices.get(i);
                done += slice.size();
                steps.storePage(runId, new DirectoryPage(slice, i == 0 ? bundle.errors() : List.of(),
                        slice.size(), bundle.total(), false), done);
            }
            steps.complete(runId, false);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "directory import " + runId + " failed", e);
            steps.fail(runId, e.getMessage());
        }
    }
}
