package dev.crossway.responder.application.internal;

import dev.crossway.interop.access.Caller;
import dev.crossway.interop.access.Grant;
import dev.crossway.interop.access.NotGrantedException;
import dev.crossway.interop.id.RandomUuids;
import dev.crossway.responder.application.AccessAudit;
import dev.crossway.responder.domain.audit.AuditTrail;
import dev.crossway.responder.domain.audit.Initiator;
import dev.crossway.responder.domain.audit.Outcome;
import dev.crossway.responder.domain.audit.Transaction;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** Refusals and grant changes as administrative audit records, each committed on its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DefaultAccessAudit implements AccessAudit {

    @Inject
    AuditTrail trail;

    @Override
    public void refused(Caller caller, String action, NotGrantedException refusal) {
        String community = refusal.grant() == Grant.COMMUNITY ? refusal.value() : null;
        new GatewayAudit(trail::append, Clock.systemUTC()).record(new dev.crossway.responder.domain.audit.RequestRef("refused:" + RandomUuids.next(), null), Transaction.ADMIN,
                Initiator.actor(caller.userId()), community, null, List.of(), Outcome.REFUSED,
                action + " refused: " + refusal.getMessage(), dev.crossway.responder.domain.audit.Caller.NONE);
    }

    @Override
    public void grantsChanged(String actor, String clientId, String detail) {
        new GatewayAudit(trail::append, Clock.systemUTC()).admin(actor, null, null, "partner " + clientId + ": " + detail);
    }
}
