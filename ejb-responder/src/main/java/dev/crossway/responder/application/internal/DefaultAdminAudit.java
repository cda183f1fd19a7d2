package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.RandomUuids;
import dev.crossway.responder.application.ResponderField;
import dev.crossway.responder.application.AdminAudit;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.audit.Initiator;
import dev.crossway.responder.domain.audit.Outcome;
import dev.crossway.responder.domain.audit.RequestRef;
import dev.crossway.responder.domain.audit.Transaction;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Administrative changes made elsewhere (Keycloak), written through the gateway's group commit. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultAdminAudit implements AdminAudit {

    @Inject
    GatewayAuditLog log;

    @Override
    public void admin(String actor, String what) {
        if (actor == null || actor.isBlank() || what == null || what.isBlank()) {
            throw new ResponderValidationException(ResponderField.ADMIN_RECORD, "an administrative record needs its actor and what changed");
        }
        log.append(new AuditRecord(Instant.now(), new RequestRef("admin:" + RandomUuids.next(), null), Transaction.ADMIN,
                Initiator.actor(actor), null, null, List.of(), Outcome.SUCCESS, what, null));
    }
}
