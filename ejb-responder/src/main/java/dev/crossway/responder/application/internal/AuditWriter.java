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
 * Appends gateway audit records in a commit of their own ({@link AuditTrail#commitAll}), outside
 * any transaction: the gateway itself runs without one, so that a failure in one step can never
 * turn its SOAP answer into an exception, and a caller that has one has it suspended here, so
 * that its records are durable when this returns whatever becomes of the caller's. Called by the
 * node's {@link GatewayAuditLog}, which groups the records of concurrent requests.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditWriter {

    @Inject
    AuditTrail trail;

    /** All of {@code records}, or none; durable when it returns. */
    public void commitAll(List<AuditRecord> records) {
        trail.commitAll(records);
    }
}
