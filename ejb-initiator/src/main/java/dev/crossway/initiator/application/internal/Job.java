package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.JobView;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.ProgressEvent;
import dev.crossway.initiator.application.ProgressListener;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One patient query job in memory: its events (bounded), its listeners and its result.
 * Events are delivered under the job's lock, so each listener hears them one at a time and in
 * order; a subscriber first gets the replay, then the live events. After the terminal event
 * nothing changes any more.
 */
final class Job {

    static final int MAX_EVENTS = 500;
    private static final Logger LOG = Logger.getLogger(Job.class.getName());

    private final String id;
    /** The client that started it: only it (and administrators) may read or follow it. */
    private final String owner;
    private final Deque<ProgressEvent> history = new ArrayDeque<>();
    private final List<ProgressListener> listeners = new ArrayList<>();
    private Supplier<MergedSummary> partial = () -> null;
    private String status = JobView.RUNNING;
    private int percent;
    private MergedSummary summary;
    private String error;
    /**
     * Written under this job's lock, read without it: {@link JobTable} asks whether a job has finished
     * while holding its own lock, and a listener called under this job's lock may call into the
     * table (to unsubscribe); taking both locks in both orders deadlocked a request thread and an
     * executor thread.
     */
    private volatile Instant finishedAt;

    Job(String id, String owner) {
        this.id = id;
        this.owner = java.util.Objects.requireNonNull(owner, "owner");
    }

    String owner() {
        return owner;
    }

    String id() {
        return id;
    }

    synchronized void partial(Supplier<MergedSummary> p) {
        partial = p;
    }

    synchronized void publish(ProgressEvent e) {
        if (finishedAt != null) {
            return; // complete once: nothing after the terminal event
        }
        history.add(e);
        if (history.size() > MAX_EVENTS) {
            history.removeFirst();
        }
        percent = Math.max(percent, e.percent());
        if (ProgressEvent.COMPLETED.equals(e.type())) {
            status = JobView.COMPLETED;
            summary = e.summary();
            percent = 100;
            finishedAt = e.at();
        } else if (ProgressEvent.FAILED.equals(e.type())) {
            status = JobView.FAILED;
            error = e.message();
            finishedAt = e.at();
        }
        for (ProgressListener l : List.copyOf(listeners)) {
            deliver(l, e);
        }
        if (finishedAt != null) {
            listeners.clear();
        }
    }

    synchronized void subscribe(ProgressListener l) {
        for (ProgressEvent e : history) {
            if (!deliver(l, e)) {
                return;
            }
        }
        if (finishedAt == null) {
            listeners.add(l);
        }
    }

    synchronized void unsubscribe(ProgressListener l) {
        listeners.remove(l);
    }

    boolean finishedBefore(Instant t) {
        Instant f = finishedAt;
        return f != null && f.isBefore(t);
    }

    boolean finished() {
        return finishedAt != null;
    }

    synchronized JobView view() {
        List<String> lines = history.stream().map(e -> e.percent() + "% " + e.type() + (e.message() == null ? "" : ": " + e.message())).toList();
        MergedSummary s = summary != null ? summary : (JobView.FAILED.equals(status) ? null : partial.get());
        return new JobView(id, status, percent, lines, s, error);
    }

    private boolean deliver(ProgressListener l, ProgressEvent e) {
        try {
            l.onEvent(e);
            return true;
        } catch (RuntimeException ex) {
            LOG.log(Level.FINE, "progress listener failed; unsubscribed", ex);
            listeners.remove(l);
            return false;
        }
    }
}
