package dev.crossway.directory.infrastructure.persistence;

import dev.crossway.directory.domain.AuditEvent;
import dev.crossway.directory.domain.AuditTrail;
import dev.crossway.interop.id.Oid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The own-facility audit trail. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "directory")
    private EntityManager em;

    protected JpaAuditTrail() {
    }

    public JpaAuditTrail(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> about(Oid organization) {
        return em.createQuery("select e from AuditEvent e where e.organization = :oid order by e.id", AuditEvent.class)
                .setParameter("oid", organization).getResultList();
    }
}
