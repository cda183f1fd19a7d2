package dev.crossway.responder.domain.audit;

import java.time.Instant;

/** A search of the audit trail; null means "any". Newest first, paged. */
public record AuditCriteria(Instant from, Instant to, Transaction transaction, String initiatorHcid, Outcome outcome,
                            String communityHcid, String patient, int limit, int offset) {

    public static final int MAX_LIMIT = 1000;

    public AuditCriteria {
        limit = limit <= 0 ? 100 : Math.min(limit, MAX_LIMIT);
        offset = Math.max(0, offset);
    }
}
