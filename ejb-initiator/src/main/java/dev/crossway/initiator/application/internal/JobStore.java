package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.JobView;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.PartnerEvents;
import dev.crossway.initiator.application.ProgressEvent;
import dev.crossway.initiator.domain.QueryJob;
import dev.crossway.initiator.domain.QueryJobEvent;
import dev.crossway.initiator.infrastructure.persistence.JdbcQueryJobs;
import dev.crossway.initiator.infrastructure.persistence.StorageJson;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** The jobs' table in short transactions of their own, for the long-running, transaction-less query beans. */
@Stateless
public class JobStore {

    static final String COMPLETED_EVENT = "PatientQuery.Completed";
    /** Progress lines shown in a job's view: its latest ones. */
    static final int MAX_LINES = 500;

    @PersistenceContext(unitName = "initiator")
    EntityManager em;
    @EJB
    PartnerEvents partnerEvents;

    @FunctionalInterface
    interface Work<T> {
        T on(JdbcQueryJobs jobs) throws SQLException;
    }

    private <T> T jobs(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(c -> work.on(new JdbcQueryJobs(c)));
    }

    public void create(String id, String owner, String requestJson, String node, Instant leaseUntil, Instant now) {
        jobs(j -> {
            j.create(id, owner, requestJson, node, leaseUntil, now);
            return null;
        });
    }

    public Optional<QueryJob> find(String id) {
        return jobs(j -> j.find(id));
    }

    public boolean append(String id, int attempt, QueryJobEvent e, String partialSummaryJson) {
        return jobs(j -> j.append(id, attempt, e, partialSummaryJson));
    }

    /**
     * Ends the job and, in the same transaction, publishes its {@code PatientQuery.Completed} event
     * to the owner's webhooks when {@code announce} (so the event exists exactly when the end does).
     */
    public boolean finish(String id, int attempt, QueryJobEvent terminal, String summaryJson, String error, boolean announce) {
        boolean ended = jobs(j -> j.finish(id, attempt, terminal, summaryJson, error));
        if (ended && announce) {
            QueryJob job = find(id).orElseThrow();
            partnerEvents.publish(job.owner(), COMPLETED_EVENT, completedEvent(view(job)));
        }
        return ended;
    }

    /**
     * The event's body: which job ended and how, never its result. The partner reads the result at
     * {@code GET /jobs/{id}} with its own token, under its grants; a webhook receiver, its logs and
     * whoever sits in between never see patient data.
     */
    static String completedEvent(JobView job) {
        com.fasterxml.jackson.databind.node.ObjectNode body = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .createObjectNode().put("JobID", job.id()).put("Status", job.status());
        if (job.error() != null) {
            body.put("Error", job.error());
        }
        return body.toString();
    }

    public boolean renew(String id, int attempt, Instant leaseUntil) {
        return jobs(j -> j.renew(id, attempt, leaseUntil));
    }

    public List<String> expired(Instant now, int max) {
        return jobs(j -> j.expired(now, max));
    }

    public Optional<QueryJob> claim(String id, String node, Instant now, Instant leaseUntil) {
        return jobs(j -> j.claim(id, node, now, leaseUntil));
    }

    public int release(String node, Instant now) {
        return jobs(j -> j.release(node, now));
    }

    public int purge(Instant before, int max) {
        return jobs(j -> j.purge(before, max));
    }

    public List<QueryJobEvent> events(String id, int afterSeq) {
        return jobs(j -> j.events(id, afterSeq));
    }

    /** The events after {@code afterSeq} as progress events; a Completed one carries the job's summary. */
    public List<ProgressEvent> progress(String id, int afterSeq) {
        List<QueryJobEvent> events = events(id, afterSeq);
        MergedSummary summary = events.stream().anyMatch(e -> ProgressEvent.COMPLETED.equals(e.type()))
                ? find(id).map(QueryJob::summaryJson).map(StorageJson::summary).orElse(null) : null;
        return events.stream().map(e -> new ProgressEvent(e.type(), e.progress(), e.message(),
                e.sourceJson() == null ? null : StorageJson.source(e.sourceJson()),
                ProgressEvent.COMPLETED.equals(e.type()) ? summary : null, e.at())).toList();
    }

    /** The job as {@code caller} may see it: its own, or any for an administrator; else empty, as if unknown. */
    public Optional<JobView> view(String id, dev.crossway.interop.access.Caller caller) {
        return find(id).filter(j -> caller.mayRead(j.owner())).map(this::view);
    }

    private JobView view(QueryJob job) {
        List<QueryJobEvent> events = events(job.id(), Math.max(0, job.lastSeq() - MAX_LINES));
        List<String> lines = events.stream()
                .map(e -> e.progress() + "% " + e.type() + (e.message() == null ? "" : ": " + e.message())).toList();
        MergedSummary summary = QueryJob.FAILED.equals(job.status()) || job.summaryJson() == null ? null
                : StorageJson.summary(job.summaryJson());
        String status = switch (job.status()) {
            case QueryJob.COMPLETED -> JobView.COMPLETED;
            case QueryJob.FAILED -> JobView.FAILED;
            default -> JobView.RUNNING;
        };
        return new JobView(job.id(), status, job.progress(), lines, summary, job.error());
    }
}
