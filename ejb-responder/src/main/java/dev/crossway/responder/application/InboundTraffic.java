package dev.crossway.responder.application;

import dev.crossway.responder.domain.audit.RequestCounts;
import jakarta.ejb.Local;
import java.time.Instant;

/** The responding gateway's traffic as the dashboard shows it, from the audit trail (every node's). */
@Local
public interface InboundTraffic {

    /** Requests in [from, to), with the refused and the failed among them. */
    RequestCounts between(Instant from, Instant to);
}
