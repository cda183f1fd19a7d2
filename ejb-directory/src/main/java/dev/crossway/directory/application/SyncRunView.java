package dev.crossway.directory.application;

import java.time.Instant;
import java.util.List;

/**
 * Progress and outcome of a sync run.
 *
 * @param kind           {@code "URL"} or {@code "UPLOAD"}
 * @param status         {@code "RUNNING"}, {@code "COMPLETED"} or {@code "FAILED"}
 * @param errors         the first errors met (at most 100)
 * @param totalExpected  the directory's Bundle.total when it gave one
 */
public record SyncRunView(
        String id,
        String kind,
        String status,
        String sourceUrl,
        int pages,
        int organizations,
        List<String> errors,
        Instant started,
        Instant finished,
        Integer totalExpected) {
}
