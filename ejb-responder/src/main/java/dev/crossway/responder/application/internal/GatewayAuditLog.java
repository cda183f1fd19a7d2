package dev.crossway.responder.application.internal;

import dev.crossway.directory.infrastructure.persistence.GroupCommit;
import dev.crossway.responder.domain.audit.AuditRecord;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The node's one writer of gateway audit records: no gateway request is answered before its records
 * are committed, and the records of concurrent requests are committed
 * together ({@link GroupCommit}), up to {@value #MAX_BATCH} per commit and {@value #WRITERS}
 * commit at a time ({@link AuditWriter}: a batch of records without document lists is one
 * INSERT, committed by itself). A gateway request's records are committed by the node's
 * writer thread (container-managed, this log's own: the default executor also
 * runs the initiator's fan-out, behind which a commit must never queue), and its answer is sent
 * from there ({@link #submit}).
 */
@ApplicationScoped
public class GatewayAuditLog {

    static final int MAX_BATCH = 128;
    /**
     * Commits in flight at once. One: what arrives while it commits goes in its next batch, about six
     * records a commit at 16 concurrent clients instead of three and a half with two writers taking
     * turns (40% fewer commits: MariaDB's CPU per cache hit 0.07 ms instead of 0.09, and a few per cent
     * more answers a second; docs/PERFORMANCE.md, "Issue 15, session 18"). Under more load a commit
     * carries more records, up to {@value #MAX_BATCH}.
     */
    static final int WRITERS = 1;

    @EJB
    AuditWriter writer;

    @Resource
    ManagedThreadFactory threads;

    private ExecutorService writerThreads;
    private GroupCommit<AuditRecord> commit;

    @PostConstruct
    void init() {
        writerThreads = Executors.newFixedThreadPool(WRITERS, threads);
        commit = new GroupCommit<>(records -> writer.commitAll(records), WRITERS, MAX_BATCH, writerThreads);
    }

    /** Records submitted after this are written by their submitters (GroupCommit), so none is left queued. */
    @PreDestroy
    void stop() {
        writerThreads.shutdown();
    }

    /** Returns once {@code record} is committed; throws if it could not be. */
    public void append(AuditRecord record) {
        commit.accept(record);
    }

    /**
     * Queues {@code record} for the next commit and returns at once: the stage completes when it is
     * committed (exceptionally if it could not be), on the writer thread that committed it. The
     * gateway answers a request from that stage ({@link DefaultRespondingGateway}).
     */
    public CompletableFuture<Void> submit(AuditRecord record) {
        return commit.submit(record);
    }
}
