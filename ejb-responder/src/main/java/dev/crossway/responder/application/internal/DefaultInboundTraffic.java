package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.InboundTraffic;
import dev.crossway.responder.domain.audit.AuditTrail;
import dev.crossway.responder.domain.audit.RequestCounts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

@Stateless
public class DefaultInboundTraffic implements InboundTraffic {

    @Inject
    AuditTrail trail;

    @Override
    public RequestCounts between(Instant from, Instant to) {
        return trail.requests(from, to);
    }
}
