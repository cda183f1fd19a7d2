package dev.crossway.initiator.infrastructure.persistence;

import dev.crossway.initiator.domain.QueryJob;
import dev.crossway.initiator.domain.QueryJobEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Patient query jobs in tables {@code patient_query_job} and {@code patient_query_job_event}, in
 * plain JDBC on the caller's connection (so in its transaction). Every change to a running job is
 * one conditional UPDATE: a claim succeeds only while the lease has run out, and progress, lease
 * renewals and the end are written only while the row still carries the writer's attempt, so that
 * of two nodes that believe they run a job, the database lets exactly one write.
 */
public final class JdbcQueryJobs {

    private static final String COLUMNS = "id, owner, status, progress, request_json, summary_json, error, node, lease_until,"
            + " attempts, last_seq, created_at, finished_at";

    private static final java.time.format.DateTimeFormatter SQL_DATETIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final Connection c;

    public JdbcQueryJobs(Connection connection) {
        this.c = Objects.requireNonNull(connection, "connection");
    }

    /** A new running job, leased by {@code node} (attempt 1). */
    public void create(String id, String owner, String requestJson, String node, Instant leaseUntil, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into patient_query_job (id, owner, status, progress, request_json,"
                + " node, lease_until, attempts, last_seq, created_at, updated_at) values (?, ?, ?, 0, ?, ?, ?, 1, 0, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, owner);
            s.setString(3, QueryJob.RUNNING);
            s.setString(4, requestJson);
            s.setString(5, node);
            s.setString(6, utc(leaseUntil));
            s.setString(7, utc(now));
            s.setString(8, utc(now));
            s.executeUpdate();
        }
    }

    public Optional<QueryJob> find(String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from patient_query_job where id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(job(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Records event {@code seq} of the job and its progress (and a newer partial summary, if given),
     * provided the job still runs under {@code attempt}.
     *
     * @return false when it does not (finished, or claimed by another node): nothing was written
     */
    public boolean append(String id, int attempt, QueryJobEvent e, String partialSummaryJson) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update patient_query_job set last_seq = ?, progress = ?,"
                + " summary_json = coalesce(?, summary_json), updated_at = ? where id = ? and attempts = ? and status = ?")) {
            s.setInt(1, e.seq());
            s.setInt(2, e.progress());
            s.setString(3, partialSummaryJson);
            s.setString(4, utc(e.at()));
            s.setString(5, id);
            s.setInt(6, attempt);
            s.setString(7, QueryJob.RUNNING);
            if (s.executeUpdate() != 1) {
                return false;
            }
        }
        insertEvent(id, e);
        return true;
    }

    /**
     * Ends the job (Completed with its summary, or Failed with the reason) with its terminal event,
     * provided it still runs under {@code attempt}.
     *
     * @return false when it does not: nothing was written
     */
    public boolean finish(String id, int attempt, QueryJobEvent terminal, String summaryJson, String error) throws SQLException {
        String status = QueryJob.FAILED.equals(terminal.type()) ? QueryJob.FAILED : QueryJob.COMPLETED;
        try (PreparedStatement s = c.prepareStatement("update patient_query_job set status = ?, last_seq = ?, progress = ?,"
                + " summary_json = ?, error = ?, lease_until = null, updated_at = ?, finished_at = ?"
                + " where id = ? and attempts = ? and status = ?")) {
            s.setString(1, status);
            s.setInt(2, terminal.seq());
            s.setInt(3, terminal.progress());
            s.setString(4, summaryJson);
            s.setString(5, error == null ? null : truncate(error));
            s.setString(6, utc(terminal.at()));
            s.setString(7, utc(terminal.at()));
            s.setString(8, id);
            s.setInt(9, attempt);
            s.setString(10, QueryJob.RUNNING);
            if (s.executeUpdate() != 1) {
                return false;
            }
        }
        insertEvent(id, terminal);
        return true;
    }

    /** Extends the lease of a job this node runs under {@code attempt}; false when it no longer does. */
    public boolean renew(String id, int attempt, Instant leaseUntil) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update patient_query_job set lease_until = ?"
                + " where id = ? and attempts = ? and status = ?")) {
            s.setString(1, utc(leaseUntil));
            s.setString(2, id);
            s.setInt(3, attempt);
            s.setString(4, QueryJob.RUNNING);
            return s.executeUpdate() == 1;
        }
    }

    /** Running jobs whose lease ran out before {@code now}, oldest lease first. */
    public List<String> expired(Instant now, int max) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select id from patient_query_job where status = ? and lease_until < ?"
                + " order by lease_until limit ?")) {
            s.setString(1, QueryJob.RUNNING);
            s.setString(2, utc(now));
            s.setInt(3, max);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    /**
     * Takes over a running job whose lease ran out: one conditional UPDATE, so of the nodes that try
     * at once exactly one gets it. The attempt count goes up by one.
     *
     * @return the job as claimed (its new attempt), or empty when its lease had not run out, it had
     *         finished, or another node claimed it first
     */
    public Optional<QueryJob> claim(String id, String node, Instant now, Instant leaseUntil) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update patient_query_job set node = ?, lease_until = ?,"
                + " attempts = attempts + 1, updated_at = ? where id = ? and status = ? and lease_until < ?")) {
            s.setString(1, node);
            s.setString(2, utc(leaseUntil));
            s.setString(3, utc(now));
            s.setString(4, id);
            s.setString(5, QueryJob.RUNNING);
            s.setString(6, utc(now));
            if (s.executeUpdate() != 1) {
                return Optional.empty();
            }
        }
        return find(id);
    }

    /** Lets every running job of {@code node} be claimed at once (the node is shutting down). */
    public int release(String node, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update patient_query_job set lease_until = ?"
                + " where node = ? and status = ?")) {
            s.setString(1, utc(now.minusMillis(1)));
            s.setString(2, node);
            s.setString(3, QueryJob.RUNNING);
            return s.executeUpdate();
        }
    }

    /** The job's events after {@code afterSeq}, in order. */
    public List<QueryJobEvent> events(String id, int afterSeq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select seq, type, progress, message, source_json, occurred_at"
                + " from patient_query_job_event where job_id = ? and seq > ? order by seq")) {
            s.setString(1, id);
            s.setInt(2, afterSeq);
            List<QueryJobEvent> events = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    events.add(new QueryJobEvent(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            instant(rs.getObject(6, LocalDateTime.class))));
                }
            }
            return events;
        }
    }

    /** Deletes up to {@code max} jobs (and their events) that finished before {@code before}; returns how many. */
    public int purge(Instant before, int max) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from patient_query_job where finished_at < ? limit ?")) {
            s.setString(1, utc(before));
            s.setInt(2, max);
            return s.executeUpdate();
        }
    }

    private void insertEvent(String id, QueryJobEvent e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into patient_query_job_event (job_id, seq, type, progress,"
                + " message, source_json, occurred_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setInt(2, e.seq());
            s.setString(3, e.type());
            s.setInt(4, e.progress());
            s.setString(5, e.message() == null ? null : truncate(e.message()));
            if (e.sourceJson() == null) {
                s.setNull(6, Types.VARCHAR);
            } else {
                s.setString(6, e.sourceJson());
            }
            s.setString(7, utc(e.at()));
            s.executeUpdate();
        }
    }

    private static QueryJob job(ResultSet rs) throws SQLException {
        return new QueryJob(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), instant(rs.getObject(9, LocalDateTime.class)), rs.getInt(10), rs.getInt(11),
                instant(rs.getObject(12, LocalDateTime.class)), instant(rs.getObject(13, LocalDateTime.class)));
    }

    private static String truncate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }

    /** Every field, always, as JdbcAccessTrail writes times (setObject dropped the fraction here). */
    private static String utc(Instant t) {
        return t == null ? null : SQL_DATETIME.format(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
