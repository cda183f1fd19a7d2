package dev.crossway.responder.application.internal;

import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.audit.AuditTrail;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Appends gateway audit records in a transaction of their own: the gateway itself runs without
 * one, so that a failure in one step can never turn its SOAP answer into an exception. Called by
 * the node's {@link GatewayAuditLog}, which groups the records of concurrent requests.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditWriter {

    @Inject
    AuditTrail trail;

    /** All of {@code records} in one transaction, or none. */
    public void appendAll(List<AuditRecord> records) {
        trail.appendAll(records);
    }
}
