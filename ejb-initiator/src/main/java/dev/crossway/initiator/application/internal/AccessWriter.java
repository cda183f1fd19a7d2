package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.domain.audit.OutboundAccess;
import dev.crossway.initiator.infrastructure.persistence.JdbcAccessTrail;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Appends outbound audit records in a transaction of their own (the initiator's facades run
 * without one). Called by the node's {@link OutboundAuditLog}, which groups concurrent records.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AccessWriter {

    @PersistenceContext(unitName = "initiator")
    EntityManager em;

    /** All of {@code accesses} in one transaction, or none. */
    public void appendAll(List<OutboundAccess> accesses) {
        new JdbcAccessTrail(em).appendAll(accesses);
    }
}
