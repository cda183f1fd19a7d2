package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.DirectoryFreshness;
import dev.crossway.directory.application.SyncFreshness;
import dev.crossway.directory.domain.SyncRun;
import dev.crossway.directory.domain.SyncRunRepository;
import dev.crossway.directory.domain.SyncStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** The latest completed sync run against the daily schedule ({@link DirectorySchedule#MAX_AGE}). */
@Stateless
public class DefaultDirectoryFreshness implements DirectoryFreshness {

    /** Runs looked at: failed and running ones may come first, a completed one is among the latest. */
    private static final int RECENT = 50;

    @Inject
    SyncRunRepository runs;

    @Override
    public SyncFreshness freshness() {
        var lastCompleted = runs.recent(RECENT).stream()
                .filter(r -> r.status() == SyncStatus.COMPLETED)
                .map(SyncRun::finished).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        Instant nodeStarted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return SyncFreshness.of(DirectorySettings.directoryUrl().isPresent(), lastCompleted, nodeStarted,
                DirectorySchedule.MAX_AGE, Instant.now());
    }
}
