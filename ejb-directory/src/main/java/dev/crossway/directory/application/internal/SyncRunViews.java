package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.SyncRunView;
import dev.crossway.directory.domain.SyncRun;

/** Sync runs to views. */
final class SyncRunViews {

    private SyncRunViews() {
    }

    static SyncRunView toView(SyncRun r) {
        return new SyncRunView(r.id(), r.kind().name(), r.status().name(), r.sourceUrl(), r.pages(),
                r.organizations(), r.errors(), r.started(), r.finished(), r.totalExpected());
    }
}
