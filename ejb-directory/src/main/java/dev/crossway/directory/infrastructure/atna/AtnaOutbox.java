package dev.crossway.directory.infrastructure.atna;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code atna_outbox} table. {@link #enqueue} runs on the audit writer's own connection, in
 * its transaction: the message exists exactly when the audit record does. Shipping claims rows
 * with one conditional UPDATE (rows unclaimed or whose claim expired, and due), so that of
 * several nodes exactly one takes a row; a node that dies holding a claim loses it when the
 * claim expires, and another node sends the row again (at least once).
 */
public final class AtnaOutbox {

    /** Every field, always: LocalDateTime.toString() leaves out zero seconds, which MariaDB then compares as text. */
    private static final java.time.format.DateTimeFormatter SQL_DATETIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** A claimed message: its row id, when it was written, and the audit message XML. */
    public record Pending(long id, Instant createdAt, String xml, int attempts) {
    }

    private AtnaOutbox() {
    }

    /** Adds the messages to the outbox in the connection's transaction. */
    public static void enqueue(Connection c, Instant at, List<String> messages) throws SQLException {
        if (messages.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "insert into atna_outbox (created_at, message, next_attempt_at) values (?, ?, ?)")) {
            for (String m : messages) {
                s.setString(1, text(at));
                s.setString(2, m);
                s.setString(3, text(at));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Claims up to {@code max} due rows for {@code claimant} (unique per round) until {@code until},
     * oldest first, and returns them. Autocommit: the claim is visible to other nodes at once.
     */
    public static List<Pending> claim(Connection c, String claimant, Instant now, Instant until, int max) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update atna_outbox set claimed_by = ?, claimed_until = ?"
                + " where next_attempt_at <= ? and (claimed_by is null or claimed_until < ?) order by id limit ?")) {
            s.setString(1, claimant);
            s.setString(2, text(until));
            s.setString(3, text(now));
            s.setString(4, text(now));
            s.setInt(5, max);
            if (s.executeUpdate() == 0) {
                return List.of();
            }
        }
        List<Pending> claimed = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select id, created_at, message, attempts from atna_outbox where claimed_by = ? order by id")) {
            s.setString(1, claimant);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Pending(rs.getLong(1), LocalDateTime.parse(rs.getString(2).replace(' ', 'T'))
                            .toInstant(ZoneOffset.UTC), rs.getString(3), rs.getInt(4)));
                }
            }
        }
        return claimed;
    }

    /** The collector has them: the rows go. Only rows still claimed by {@code claimant} are removed. */
    public static void sent(Connection c, String claimant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from atna_outbox where claimed_by = ?")) {
            s.setString(1, claimant);
            s.executeUpdate();
        }
    }

    /** Not delivered: the rows are released, due again after {@code backoff}. */
    public static void failed(Connection c, String claimant, Instant now, Duration backoff, String error) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update atna_outbox set claimed_by = null, claimed_until = null,"
                + " attempts = attempts + 1, next_attempt_at = ?, last_error = ? where claimed_by = ?")) {
            s.setString(1, text(now.plus(backoff)));
            s.setString(2, error == null ? null : error.length() > 500 ? error.substring(0, 500) : error);
            s.setString(3, claimant);
            s.executeUpdate();
        }
    }

    /** Rows waiting (sent rows are deleted): for health checks and tests. */
    public static long waiting(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from atna_outbox"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Exponential backoff from the interval, doubled per attempt, capped. */
    public static Duration backoff(int attempts, Duration interval, Duration max) {
        long factor = 1L << Math.min(attempts, 20);
        Duration d = interval.multipliedBy(factor);
        return d.compareTo(max) > 0 ? max : d;
    }

    /** As text: Connector/J drops the microseconds of a bound LocalDateTime against MariaDB (it reports 5.5.5-10.x). */
    private static String text(Instant at) {
        return SQL_DATETIME.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
