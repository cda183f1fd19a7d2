package dev.crossway.initiator.domain.audit;

import java.time.Instant;
import java.util.List;

/** The initiator's insert-only audit trail: accesses are appended and read, never changed or removed. */
public interface AccessTrail {

    /** Appends all of {@code accesses} in the caller's transaction, one multi-row statement per table. */
    void appendAll(List<OutboundAccess> accesses);

    /**
     * The accesses about one patient, newest first: {@code patient} is an identifier in CX form
     * (matched against the identifiers sent or found) or a 64-hex demographics digest.
     */
    List<OutboundAccess> about(String patient, Instant from, Instant to, int limit, int offset);

    /** The newest accesses, whoever they were about. */
    List<OutboundAccess> recent(Instant from, Instant to, int limit, int offset);
}
