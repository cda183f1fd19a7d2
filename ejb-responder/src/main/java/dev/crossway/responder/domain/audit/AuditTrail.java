package dev.crossway.responder.domain.audit;

import java.time.Instant;
import java.util.List;

/** The insert-only audit trail: records are appended and read, never changed or removed. */
public interface AuditTrail {

    /** Appends {@code record} in the caller's transaction. */
    void append(AuditRecord record);

    /**
     * Appends all of {@code records}, or none, in a commit of their own outside any transaction,
     * and returns once they are durable: the gateway's audit, written before each answer.
     */
    void commitAll(List<AuditRecord> records);

    List<AuditRecord> search(AuditCriteria criteria);

    /** Successful disclosures of this patient's data (matches, document lists, documents), oldest first. */
    List<AuditRecord> disclosures(String communityHcid, String patientCx);

    List<VolumeCount> volume(Instant from, Instant to, boolean daily);

    /** Gateway requests (not administrative changes) in [from, to): all, refused, failed (distinct request ids). */
    RequestCounts requests(Instant from, Instant to);
}
