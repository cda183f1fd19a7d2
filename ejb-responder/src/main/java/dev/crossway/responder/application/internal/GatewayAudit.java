package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.RandomUuids;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.audit.Caller;
import dev.crossway.responder.domain.audit.Initiator;
import dev.crossway.responder.domain.audit.Outcome;
import dev.crossway.responder.domain.audit.RequestRef;
import dev.crossway.responder.domain.audit.Transaction;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** Writes the audit records of gateway requests and administrative changes. */
final class GatewayAudit {

    private final Consumer<AuditRecord> trail;
    private final Clock clock;

    GatewayAudit(Consumer<AuditRecord> trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    void record(RequestRef requestId, Transaction tx, Initiator initiator, String community, String patient,
                List<String> documents, Outcome outcome, String detail, Caller caller) {
        trail.accept(new AuditRecord(clock.instant(), requestId, tx, initiator, community, patient, documents, outcome,
                detail, caller == null ? null : caller.address(), caller == null ? null : caller.certificateSubject()));
    }

    void admin(String actor, String community, String patient, String detail) {
        record(new RequestRef("admin:" + RandomUuids.next(), null), Transaction.ADMIN, Initiator.actor(actor), community,
                patient, List.of(), Outcome.SUCCESS, detail, Caller.NONE);
    }
}
