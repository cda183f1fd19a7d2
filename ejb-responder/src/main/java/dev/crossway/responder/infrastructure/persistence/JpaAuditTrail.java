package dev.crossway.responder.infrastructure.persistence;

import dev.crossway.directory.infrastructure.atna.AtnaOutbox;
import dev.crossway.directory.infrastructure.atna.AtnaSettings;
import dev.crossway.responder.domain.audit.AuditCriteria;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.audit.AuditTrail;
import dev.crossway.responder.domain.audit.RequestCounts;
import dev.crossway.responder.domain.audit.Outcome;
import dev.crossway.responder.domain.audit.Transaction;
import dev.crossway.responder.domain.audit.VolumeCount;
import dev.crossway.responder.domain.audit.Initiator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

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

    /** The columns {@link AuditRecord} maps, in the order {@link #appendAll} binds them; its documents go to the child table. */
    static final String INSERT = "insert into audit_record (occurred_at, request_id, transaction_code, initiator_subject,"
            + " initiator_organization, initiator_hcid, purpose_of_use, community_hcid, patient, record_key, outcome, detail,"
            + " remote_address, message_id, client_certificate) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_DOCUMENT = "insert into audit_record_document (record_key, position, document_unique_id)"
            + " values (?, ?, ?)";

    @Override
    public void append(AuditRecord record) {
        appendAll(List.of(record));
    }

    /**
     * A JDBC batch on the persistence context's own connection (so in the caller's transaction).
     * Not {@code persist}: with database-generated ids Hibernate must execute one INSERT per
     * entity to learn each id, where the gateway's group commit wants one statement for the
     * batch (Connector/J's {@code rewriteBatchedStatements} makes it a multi-row INSERT). The
     * records are not read back here, so their ids are not needed.
     */
    @Override
    public void appendAll(List<AuditRecord> records) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT);
                 PreparedStatement document = connection.prepareStatement(INSERT_DOCUMENT)) {
                boolean documents = false;
                for (AuditRecord r : records) {
                    Initiator i = r.initiator();
                    insert.setObject(1, LocalDateTime.ofInstant(r.at(), ZoneOffset.UTC));
                    insert.setString(2, r.requestId());
                    insert.setString(3, r.transaction().name());
                    insert.setString(4, i.subject());
                    insert.setString(5, i.organization());
                    insert.setString(6, i.homeCommunityId());
                    insert.setString(7, i.purposeOfUse());
                    insert.setString(8, r.communityHcid());
                    insert.setString(9, r.patient());
                    insert.setString(10, r.recordKey());
                    insert.setString(11, r.outcome().name());
                    insert.setString(12, r.detail());
                    insert.setString(13, r.remoteAddress());
                    insert.setString(14, r.messageId());
                    insert.setString(15, r.clientCertificate());
                    insert.addBatch();
                    int position = 0;
                    for (String d : r.documents()) {
                        document.setString(1, r.recordKey());
                        document.setInt(2, position++);
                        document.setString(3, d);
                        document.addBatch();
                        documents = true;
                    }
                }
                insert.executeBatch();
                if (documents) {
                    document.executeBatch();
                }
                AtnaSettings atna = AtnaSettings.current();
                if (atna.enabled()) {
                    // the SIEM's copy, in the same transaction: it exists exactly when the records do
                    AtnaOutbox.enqueue(connection, records.get(0).at(), AuditRecordEvents.messages(records, atna));
                }
            }
        });
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

    @Override
    public RequestCounts requests(Instant from, Instant to) {
        Object[] r = (Object[]) em.createNativeQuery("select count(distinct request_id),"
                        + " count(distinct case when outcome = 'REFUSED' then request_id end),"
                        + " count(distinct case when outcome = 'ERROR' then request_id end)"
                        + " from audit_record where occurred_at >= ?1 and occurred_at < ?2 and transaction_code <> 'ADMIN'")
                .setParameter(1, LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(to, ZoneOffset.UTC))
                .getSingleResult();
        return new RequestCounts(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue());
    }
}
