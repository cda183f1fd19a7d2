package dev.crossway.initiator.infrastructure.persistence;

import dev.crossway.directory.infrastructure.atna.AtnaOutbox;
import dev.crossway.directory.infrastructure.atna.AtnaSettings;
import dev.crossway.initiator.domain.audit.AccessAction;
import dev.crossway.initiator.domain.audit.AccessOutcome;
import dev.crossway.initiator.domain.audit.AccessTrail;
import dev.crossway.initiator.domain.audit.DemographicsDigest;
import dev.crossway.initiator.domain.audit.OutboundAccess;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/**
 * The initiator's audit trail in MariaDB/MySQL, in plain JDBC on the persistence context's own
 * connection (so in the caller's transaction): a batch of accesses is two statements, one per
 * table, which Connector/J's {@code rewriteBatchedStatements} sends as multi-row INSERTs. The ids
 * are Crossway's own (UUIDs made before the insert), so the items need no generated key.
 */
public class JdbcAccessTrail implements AccessTrail {

    /** Every field, always: LocalDateTime.toString() leaves out zero seconds, which MariaDB then compares as text. */
    private static final java.time.format.DateTimeFormatter SQL_DATETIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    static final String INSERT_ACCESS = "insert into initiator_audit_access (id, occurred_at, action, channel, client,"
            + " user_id, user_role, organization_id, purpose_of_use, demographics_digest, outcome, detail)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_ITEM = "insert into initiator_audit_item (access_id, kind, position, value) values (?, ?, ?, ?)";
    private static final String COLUMNS = "a.id, a.occurred_at, a.action, a.channel, a.client, a.user_id, a.user_role,"
            + " a.organization_id, a.purpose_of_use, a.demographics_digest, a.outcome, a.detail";

    /** Where the statements run: the persistence context's connection, or a plain one (tests, tools). */
    public interface Connections {
        <T> T with(org.hibernate.jdbc.ReturningWork<T> work);
    }

    private final Connections connections;

    public JdbcAccessTrail(EntityManager em) {
        Objects.requireNonNull(em, "em");
        this.connections = new Connections() {
            @Override
            public <T> T with(org.hibernate.jdbc.ReturningWork<T> work) {
                return em.unwrap(Session.class).doReturningWork(work);
            }
        };
    }

    /** On one JDBC connection, in whatever transaction it is in. */
    public JdbcAccessTrail(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        this.connections = new Connections() {
            @Override
            public <T> T with(org.hibernate.jdbc.ReturningWork<T> work) {
                try {
                    return work.execute(connection);
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
        };
    }

    @Override
    public void appendAll(List<OutboundAccess> accesses) {
        connections.with(c -> {
            try (PreparedStatement access = c.prepareStatement(INSERT_ACCESS);
                 PreparedStatement item = c.prepareStatement(INSERT_ITEM)) {
                boolean items = false;
                for (OutboundAccess a : accesses) {
                    access.setString(1, a.id());
                    access.setString(2, dateTime(a.at()));
                    access.setString(3, a.action().name());
                    access.setString(4, a.channel());
                    access.setString(5, cut(a.client(), 200));
                    access.setString(6, cut(a.userId(), 255));
                    access.setString(7, cut(a.userRole(), 64));
                    access.setString(8, cut(a.organizationId(), 64));
                    access.setString(9, cut(a.purposeOfUse(), 64));
                    access.setString(10, a.demographicsDigest());
                    access.setString(11, a.outcome().name());
                    access.setString(12, cut(a.detail(), 1000));
                    access.addBatch();
                    items |= addItems(item, a.id(), Kind.PATIENT, a.patientIds());
                    items |= addItems(item, a.id(), Kind.COMMUNITY, a.communities());
                    items |= addItems(item, a.id(), Kind.DOCUMENT, a.documents());
                }
                access.executeBatch();
                if (items) {
                    item.executeBatch();
                }
                AtnaSettings atna = AtnaSettings.current();
                if (atna.enabled()) {
                    // the SIEM's copy, in the same transaction: it exists exactly when the records do
                    AtnaOutbox.enqueue(c, accesses.get(0).at(), AccessEvents.messages(accesses, atna));
                }
            }
            return null;
        });
    }

    /** Every value is kept: a value longer than the column is refused by the database, not cut. */
    private static boolean addItems(PreparedStatement item, String id, Kind kind, List<String> values) throws SQLException {
        int position = 0;
        for (String v : values) {
            item.setString(1, id);
            item.setString(2, kind.name());
            item.setInt(3, position++);
            item.setString(4, v);
            item.addBatch();
        }
        return position > 0;
    }

    @Override
    public List<OutboundAccess> about(String patient, Instant from, Instant to, int limit, int offset) {
        boolean digest = DemographicsDigest.looksLikeDigest(patient);
        if (digest) {
            return select("a.demographics_digest = ?", List.of(patient), from, to, limit, offset);
        }
        // the accesses that named or found the identifier, and the retrievals (DocumentGet, portal
        // views: they carry no patient) of documents that an access about the identifier listed
        String where = "a.id in (select i.access_id from initiator_audit_item i where i.kind = 'PATIENT' and i.value = ?)"
                + " or a.id in (select g.access_id from initiator_audit_item g where g.kind = 'DOCUMENT' and g.value in"
                + " (select d.value from initiator_audit_item d join initiator_audit_item p on p.access_id = d.access_id"
                + " where d.kind = 'DOCUMENT' and p.kind = 'PATIENT' and p.value = ?))";
        return select("(" + where + ")", List.of(patient, patient), from, to, limit, offset);
    }

    @Override
    public List<OutboundAccess> recent(Instant from, Instant to, int limit, int offset) {
        return select("1 = 1", List.of(), from, to, limit, offset);
    }

    private List<OutboundAccess> select(String where, List<String> values, Instant from, Instant to, int limit, int offset) {
        return connections.with(c -> {
            StringBuilder sql = new StringBuilder("select " + COLUMNS + " from initiator_audit_access a where " + where);
            List<Object> params = new ArrayList<>(values);
            if (from != null) {
                sql.append(" and a.occurred_at >= ?");
                params.add(dateTime(from));
            }
            if (to != null) {
                sql.append(" and a.occurred_at < ?");
                params.add(dateTime(to));
            }
            sql.append(" order by a.occurred_at desc, a.id limit ? offset ?");
            params.add(limit);
            params.add(offset);
            Map<String, Row> rows = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    s.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getString(1), new Row(rs));
                    }
                }
            }
            items(c, rows);
            return rows.values().stream().map(Row::access).toList();
        });
    }

    private static void items(Connection c, Map<String, Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(rows.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("select access_id, kind, value from initiator_audit_item"
                + " where access_id in (" + marks + ") order by access_id, kind, position")) {
            int i = 1;
            for (String id : rows.keySet()) {
                s.setString(i++, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.get(rs.getString(1)).add(Kind.valueOf(rs.getString(2)), rs.getString(3));
                }
            }
        }
    }

    /**
     * As text: Connector/J takes MariaDB's reported version (5.5.5-10.x) for a server without
     * fractional seconds and drops the microseconds of a bound LocalDateTime.
     */
    private static String dateTime(Instant at) {
        return SQL_DATETIME.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private enum Kind { PATIENT, COMMUNITY, DOCUMENT }

    /** One access as read, its items gathered from the second query. */
    private static final class Row {
        final String id;
        final Instant at;
        final String[] fields = new String[10];
        final List<String> patients = new ArrayList<>();
        final List<String> communities = new ArrayList<>();
        final List<String> documents = new ArrayList<>();

        Row(ResultSet rs) throws SQLException {
            id = rs.getString(1);
            at = LocalDateTime.parse(rs.getString(2).replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            for (int i = 0; i < fields.length; i++) {
                fields[i] = rs.getString(i + 3);
            }
        }

        void add(Kind kind, String value) {
            (switch (kind) {
                case PATIENT -> patients;
                case COMMUNITY -> communities;
                case DOCUMENT -> documents;
            }).add(value);
        }

        OutboundAccess access() {
            return new OutboundAccess(id, at, AccessAction.valueOf(fields[0]), fields[1], fields[2], fields[3], fields[4],
                    fields[5], fields[6], fields[7], patients, communities, documents, AccessOutcome.valueOf(fields[8]), fields[9]);
        }
    }
}
