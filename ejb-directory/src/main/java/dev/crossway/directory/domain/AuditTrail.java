package dev.crossway.directory.domain;

import dev.crossway.interop.id.Oid;
import java.util.List;

/** The insert-only record of changes to own facilities. */
public interface AuditTrail {

    void record(AuditEvent event);

    /** The events about one organization, oldest first. */
    List<AuditEvent> about(Oid organization);
}
