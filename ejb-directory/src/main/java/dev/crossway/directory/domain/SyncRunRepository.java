package dev.crossway.directory.domain;

import java.util.List;
import java.util.Optional;

/** The record of sync runs. */
public interface SyncRunRepository {

    Optional<SyncRun> find(String id);

    void add(SyncRun run);

    /** The most recently started runs, newest first. */
    List<SyncRun> recent(int max);
}
