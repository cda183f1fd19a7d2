package dev.crossway.responder.infrastructure.persistence;

import dev.crossway.responder.domain.audit.AuditCriteria;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.audit.AuditTrail;
import dev.crossway.responder.domain.audit.Outcome;
import dev.crossway.responder.domain.audit.Transaction;
import dev.crossway.responder.domain.audit.VolumeCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The audit trail in MariaDB/MySQL: persist and read only (the table's triggers refuse the rest). */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "responder")
    private EntityManager em;

    protected JpaAuditTrail() {
    }

    public JpaAuditTrail(EntityManager em) {
        this.em = em;
    }

    @Override
    public void append(AuditRecord record) {
        em.persist(record);
    }

    @Override
    public List<AuditRecord> search(AuditCriteria c) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        add(where, p, "a.occurredAt >= :from", "from", c.from());
        add(where, p, "a.occurredAt < :to", "to", c.to());
        add(where, p, "a.transaction = :tx", "tx", c.transaction());
        add(where, p, "a.initiatorHcid = :ihcid", "ihcid", c.initiatorHcid());
        add(where, p, "a.outcome = :outcome", "outcome", c.outcome());
        add(where, p, "a.communityHcid = :community", "community", c.communityHcid());
        add(where, p, "a.patient = :patient", "patient", c.patient());
        TypedQuery<AuditRecord> q = em.createQuery("select a from AuditRecord a where " + where + " order by a.id desc",
                AuditRecord.class);
        p.forEach(q::setParameter);
        return q.setFirstResult(c.offset()).setMaxResults(c.limit()).getResultList();
    }

    private static void add(StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }

    @Override
    public List<AuditRecord> disclosures(String communityHcid, String patientCx) {
        return em.createQuery("select a from AuditRecord a where a.communityHcid = :c and a.patient = :p"
                        + " and a.outcome = :success and a.transaction <> :admin order by a.id", AuditRecord.class)
                .setParameter("c", communityHcid).setParameter("p", patientCx)
                .setParameter("success", Outcome.SUCCESS).setParameter("admin", Transaction.ADMIN)
                .getResultList();
    }

    @Override
    public List<VolumeCount> volume(Instant from, Instant to, boolean daily) {
        String bucket = daily ? "date_format(occurred_at, '%Y-%m-%d 00:00:00')" : "date_format(occurred_at, '%Y-%m-%d %H:00:00')";
        List<Object[]> rows = em.createNativeQuery("select " + bucket + " as b, transaction_code, count(distinct request_id)"
                        + " from audit_record where occurred_at >= ?1 and occurred_at < ?2 and transaction_code <> 'ADMIN'"
                        + " group by b, transaction_code order by b")
                .setParameter(1, LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(to, ZoneOffset.UTC))
                .getResultList();
        List<VolumeCount> counts = new ArrayList<>();
        for (Object[] r : rows) {
            Instant start = LocalDateTime.parse(r[0].toString().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            counts.add(new VolumeCount(start, Transaction.valueOf(r[1].toString()), ((Number) r[2]).longValue()));
        }
        return counts;
    }
}
