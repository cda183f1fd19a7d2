package dev.crossway.responder.application.internal;

import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.audit.AuditTrail;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Appends gateway audit records, each in a transaction of its own: the gateway itself runs
 * without one, so that a failure in one step can never turn its SOAP answer into an exception.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditWriter {

    @Inject
    AuditTrail trail;

    public void append(AuditRecord record) {
        trail.append(record);
    }
}
