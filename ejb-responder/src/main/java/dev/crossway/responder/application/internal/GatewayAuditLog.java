package dev.crossway.responder.application.internal;

import dev.crossway.directory.infrastructure.persistence.GroupCommit;
import dev.crossway.responder.domain.audit.AuditRecord;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The node's one writer of gateway audit records: every gateway request waits until its records
 * are committed before it is answered, and the records of concurrent requests are committed
 * together ({@link GroupCommit}), up to {@value #MAX_BATCH} per commit and {@value #WRITERS}
 * commits at once ({@link AuditWriter}: a batch of records without document lists is one
 * INSERT, committed by itself).
 */
@ApplicationScoped
public class GatewayAuditLog {

    static final int MAX_BATCH = 128;
    /** Commits in flight at once: while one waits for the database's log flush, the next is written. */
    static final int WRITERS = 2;

    @EJB
    AuditWriter writer;

    private GroupCommit<AuditRecord> commit;

    @PostConstruct
    void init() {
        commit = new GroupCommit<>(records -> writer.commitAll(records), WRITERS, MAX_BATCH);
    }

    public void append(AuditRecord record) {
        commit.accept(record);
    }
}
