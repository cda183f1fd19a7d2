package dev.crossway.initiator.application.internal;

import dev.crossway.directory.infrastructure.persistence.GroupCommit;
import dev.crossway.initiator.domain.audit.OutboundAccess;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The node's one writer of outbound audit records. A caller waits until its record is committed
 * before its answer is returned; records of concurrent callers are committed together
 * ({@link GroupCommit}: up to {@value #MAX_BATCH} per transaction, {@value #WRITERS} transactions
 * at once). Nothing is queued beyond the callers themselves, so nothing can be dropped: when the
 * database is slow, callers wait (back-pressure), and when it fails, the caller gets the error
 * instead of an answer that was never accounted for.
 */
@ApplicationScoped
public class OutboundAuditLog {

    static final int MAX_BATCH = 128;
    static final int WRITERS = 2;

    @EJB
    AccessWriter writer;

    private GroupCommit<OutboundAccess> commit;

    @PostConstruct
    void init() {
        commit = new GroupCommit<>(accesses -> writer.appendAll(accesses), WRITERS, MAX_BATCH);
    }

    /** Returns once {@code access} is committed; throws if it could not be. */
    public void append(OutboundAccess access) {
        commit.accept(access);
    }
}
