package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.ProgressEvent;
import dev.crossway.initiator.domain.QueryJobEvent;
import dev.crossway.initiator.infrastructure.persistence.StorageJson;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run (attempt) of a job on this node: writes each progress event to the job's row, in order
 * (under this object's lock), while the row still carries this attempt. Once another node has
 * taken the job over, or this node has let it go, nothing more is written. The first write that
 * fails leaves the job to its lease: when it runs out, another node runs the job again.
 */
final class JobRun {

    private static final Logger LOG = Logger.getLogger(JobRun.class.getName());

    private final String id;
    private final int attempt;
    private final boolean announce;
    private final JobStore store;
    private Supplier<MergedSummary> partial = () -> null;
    private int seq;
    private boolean over;

    /**
     * @param lastSeq  the job's latest event (the events of earlier attempts stay)
     * @param announce whether the end is published as a {@code PatientQuery.Completed} event
     */
    JobRun(String id, int attempt, int lastSeq, boolean announce, JobStore store) {
        this.id = id;
        this.attempt = attempt;
        this.seq = lastSeq;
        this.announce = announce;
        this.store = store;
    }

    String id() {
        return id;
    }

    int attempt() {
        return attempt;
    }

    synchronized void partial(Supplier<MergedSummary> p) {
        partial = p;
    }

    /** Stops writing: the job was taken over, or this node is leaving it to another. */
    synchronized void letGo() {
        over = true;
    }

    synchronized boolean over() {
        return over;
    }

    synchronized void publish(ProgressEvent e) {
        if (over) {
            return;
        }
        QueryJobEvent stored = new QueryJobEvent(seq + 1, e.type(), e.percent(), e.message(),
                e.source() == null ? null : StorageJson.write(e.source()), e.at());
        try {
            boolean written;
            if (e.terminal()) {
                String summary = e.summary() == null ? null : StorageJson.write(e.summary());
                written = store.finish(id, attempt, stored, summary, ProgressEvent.FAILED.equals(e.type()) ? reason(e) : null, announce);
                over = true;
            } else {
                written = store.append(id, attempt, stored, sourcesChanged(e) ? partialJson() : null);
            }
            if (written) {
                seq++;
            } else {
                LOG.info("job " + id + " attempt " + attempt + " was taken over by another node; this run stops reporting");
                over = true;
            }
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "job " + id + ": progress not stored; the job is left to its lease", ex);
            over = true;
        }
    }

    private static String reason(ProgressEvent e) {
        return e.message() == null || e.message().isBlank() ? "the patient query failed" : e.message();
    }

    /** A community's outcome changed: the partial summary (its Sources) is worth storing for other nodes' readers. */
    private static boolean sourcesChanged(ProgressEvent e) {
        return ProgressEvent.DISCOVERED.equals(e.type()) || ProgressEvent.LISTED.equals(e.type());
    }

    private String partialJson() {
        MergedSummary s = partial.get();
        return s == null ? null : StorageJson.write(s);
    }
}
