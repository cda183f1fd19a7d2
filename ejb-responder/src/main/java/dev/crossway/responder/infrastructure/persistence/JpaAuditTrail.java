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
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.Session;

/** The audit trail in MariaDB/MySQL: persist and read only (the table's triggers refuse the rest). */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "responder")
    private EntityManager em;
    /** The entity manager's data source, for {@link #commitAll}'s connections of its own. */
    @Resource(lookup = "java:jboss/datasources/CrosswayDS")
    private DataSource dataSource;

    protected JpaAuditTrail() {
    }

    /** Outside the server: {@code dataSource} for {@link #commitAll}, {@code em} for the rest. */
    public JpaAuditTrail(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    public JpaAuditTrail(EntityManager em) {
        this(em, null);
    }

    /** The columns {@link AuditRecord} maps, in the order {@link #insert} binds them; its documents go to the child table. */
    static final String INSERT = "insert into audit_record (occurred_at, request_id, transaction_code, initiator_subject,"
            + " initiator_organization, initiator_hcid, purpose_of_use, community_hcid, patient, record_key, outcome, detail,"
            + " remote_address, message_id, client_certificate) values ";
    private static final int RECORD_COLUMNS = 15;
    static final String INSERT_DOCUMENT = "insert into audit_record_document (record_key, position, document_unique_id) values ";
    private static final int DOCUMENT_COLUMNS = 3;
    /** Rows per INSERT: far below the server's packet and placeholder limits for these columns. */
    static final int ROWS_PER_STATEMENT = 500;

    /** On the persistence context's own connection, so in the caller's transaction. */
    @Override
    public void append(AuditRecord record) {
        AtnaSettings atna = AtnaSettings.current();
        em.unwrap(Session.class).doWork(connection -> insert(connection, List.of(record), atna));
    }

    /**
     * On a connection of its own, outside any transaction (the gateway's group commit calls it
     * from a bean that runs without one). A batch that is one INSERT (no document list, no SIEM
     * copy) is sent in autocommit: one statement is all or nothing and, once MariaDB has answered
     * it, as durable as a COMMIT would have made it, so a transaction around it would only add its
     * three statements ({@code SET autocommit=0}, {@code COMMIT}, {@code SET autocommit=1}) to the
     * database's work for each batch. Anything more is written in a local transaction.
     */
    @Override
    public void commitAll(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        AtnaSettings atna = AtnaSettings.current();
        try (Connection c = dataSource.getConnection()) {
            if (!c.getAutoCommit()) {
                throw new IllegalStateException("commitAll runs outside a transaction: the caller's would hold its records");
            }
            if (records.size() <= ROWS_PER_STATEMENT && records.stream().allMatch(r -> r.documents().isEmpty())
                    && !atna.enabled()) {
                insert(c, records, atna);
                return;
            }
            c.setAutoCommit(false);
            try {
                insert(c, records, atna);
                c.commit();
            } catch (Throwable e) {
                undo(c, e);
                throw e;
            }
            c.setAutoCommit(true);
        } catch (SQLException e) {
            throw new PersistenceException("audit records could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * Rolls back a failed local transaction and leaves the connection in autocommit. If the rollback
     * fails, the physical connection is aborted rather than handed back: the pool's cleanup would set
     * autocommit on it, which makes MySQL and MariaDB commit the half-written transaction. What goes
     * wrong here is kept beside {@code failure}, never instead of it.
     */
    private static void undo(Connection c, Throwable failure) {
        try {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException | RuntimeException notUndone) {
            failure.addSuppressed(notUndone);
            try {
                c.abort(Runnable::run);
            } catch (SQLException | RuntimeException notAborted) {
                failure.addSuppressed(notAborted);
            }
        }
    }

    /**
     * The records, their document lists and the SIEM's copies, in whatever transaction {@code c} is
     * in. Each table's rows go in multi-row INSERTs of at most {@value #ROWS_PER_STATEMENT} rows,
     * written out here rather than left to Connector/J's {@code rewriteBatchedStatements}, which a
     * deployment's own connection URL may leave out and which may split a batch as it sees fit:
     * {@link #commitAll} relies on a batch of records being exactly one statement. The records are
     * not read back, so their generated ids are not needed (what made {@code persist} one INSERT
     * per entity).
     */
    private static void insert(Connection c, List<AuditRecord> records, AtnaSettings atna) throws SQLException {
        insertRows(c, INSERT, RECORD_COLUMNS, records, (insert, at, r) -> {
            Initiator i = r.initiator();
            insert.setObject(at + 1, LocalDateTime.ofInstant(r.at(), ZoneOffset.UTC));
            insert.setString(at + 2, r.requestId());
            insert.setString(at + 3, r.transaction().name());
            insert.setString(at + 4, i.subject());
            insert.setString(at + 5, i.organization());
            insert.setString(at + 6, i.homeCommunityId());
            insert.setString(at + 7, i.purposeOfUse());
            insert.setString(at + 8, r.communityHcid());
            insert.setString(at + 9, r.patient());
            insert.setString(at + 10, r.recordKey());
            insert.setString(at + 11, r.outcome().name());
            insert.setString(at + 12, r.detail());
            insert.setString(at + 13, r.remoteAddress());
            insert.setString(at + 14, r.messageId());
            insert.setString(at + 15, r.clientCertificate());
        });
        List<DocumentRow> documents = new ArrayList<>();
        for (AuditRecord r : records) {
            for (int position = 0; position < r.documents().size(); position++) {
                documents.add(new DocumentRow(r.recordKey(), position, r.documents().get(position)));
            }
        }
        insertRows(c, INSERT_DOCUMENT, DOCUMENT_COLUMNS, documents, (insert, at, d) -> {
            insert.setString(at + 1, d.recordKey());
            insert.setInt(at + 2, d.position());
            insert.setString(at + 3, d.uniqueId());
        });
        if (atna.enabled()) {
            // the SIEM's copy, in the same transaction: it exists exactly when the records do
            AtnaOutbox.enqueue(c, records.get(0).at(), AuditRecordEvents.messages(records, atna));
        }
    }

    /** One row of {@code audit_record_document}. */
    private record DocumentRow(String recordKey, int position, String uniqueId) {
    }

    /** Binds one row's columns after the first {@code at} parameters of a multi-row INSERT. */
    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedStatement insert, int at, T row) throws SQLException;
    }

    /** {@code rows} in INSERTs of at most {@value #ROWS_PER_STATEMENT} rows each; nothing when there are none. */
    private static <T> void insertRows(Connection c, String insert, int columns, List<T> rows, RowBinder<T> binder)
            throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            // NO_GENERATED_KEYS: past the pool's statement cache, which would keep a statement (and its last
            // rows' values) for every batch size and push out the statements that are reused
            try (PreparedStatement statement = c.prepareStatement(rows(insert, columns, part.size()), Statement.NO_GENERATED_KEYS)) {
                for (int i = 0; i < part.size(); i++) {
                    binder.bind(statement, i * columns, part.get(i));
                }
                statement.executeUpdate();
            }
        }
    }

    /** {@code insert} followed by {@code rows} groups of {@code columns} placeholders. */
    static String rows(String insert, int columns, int rows) {
        String row = "(?" + ", ?".repeat(columns - 1) + ")";
        StringBuilder sql = new StringBuilder(insert.length() + rows * (row.length() + 2)).append(insert).append(row);
        for (int i = 1; i < rows; i++) {
            sql.append(", ").append(row);
        }
        return sql.toString();
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
