package dev.crossway.initiator.infrastructure.webhook;

import dev.crossway.initiator.domain.webhook.Destination;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code webhook_delivery} table: one row per event and subscribed destination.
 *
 * <p>{@link #enqueue} runs on the publisher's connection, in its transaction: a delivery exists
 * exactly when the event's cause was committed. Delivering claims rows with one conditional UPDATE
 * (pending, due, unclaimed or whose claim expired), so of several nodes exactly one holds a row at a
 * time; each result is recorded only while the claim is still the recorder's ({@code and claimed_by = ?}),
 * so a node that lost its claim (it stalled past the lease and another node took the row over)
 * changes nothing. A node that dies holding a claim loses it when the lease expires.
 */
public final class WebhookOutbox {

    public static final String PENDING = "Pending";
    public static final String DEAD = "Dead";

    /** A claimed delivery, with where it goes and the secret it is signed with. */
    public record Claimed(long id, String destinationId, String url, String secret, String eventId, String eventType,
                          String data, int attempts) {
    }

    /** A dead-lettered delivery, for the portal and the API. */
    public record DeadLetter(long id, String destinationId, String owner, String url, String eventId, String eventType,
                             int attempts, Integer lastStatus, String lastError, Instant createdAt, Instant deadSince) {
    }

    private final Connection c;

    public WebhookOutbox(Connection c) {
        this.c = c;
    }

    /** One row per destination, due at once, in the connection's transaction. */
    public void enqueue(List<Destination> to, String eventId, String eventType, String data, Instant now) throws SQLException {
        if (to.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("insert into webhook_delivery (destination_id, event_id, event_type,"
                + " data, state, created_at, next_attempt_at) values (?, ?, ?, ?, '" + PENDING + "', ?, ?)")) {
            for (Destination d : to) {
                s.setString(1, d.id());
                s.setString(2, eventId);
                s.setString(3, eventType);
                s.setString(4, data);
                s.setString(5, SqlTime.text(now));
                s.setString(6, SqlTime.text(now));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Claims up to {@code max} due deliveries for {@code claimant} (unique per round) until
     * {@code until}, oldest first, and returns them. Run with autocommit: the claim is visible to
     * the other nodes at once.
     */
    public List<Claimed> claim(String claimant, Instant now, Instant until, int max) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update webhook_delivery set claimed_by = ?, claimed_until = ?"
                + " where state = '" + PENDING + "' and next_attempt_at <= ? and (claimed_by is null or claimed_until < ?)"
                + " order by next_attempt_at, id limit ?")) {
            s.setString(1, claimant);
            s.setString(2, SqlTime.text(until));
            s.setString(3, SqlTime.text(now));
            s.setString(4, SqlTime.text(now));
            s.setInt(5, max);
            if (s.executeUpdate() == 0) {
                return List.of();
            }
        }
        List<Claimed> claimed = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select d.id, d.destination_id, t.url, t.secret, d.event_id, d.event_type,"
                + " d.data, d.attempts from webhook_delivery d join webhook_destination t on t.id = d.destination_id"
                + " where d.claimed_by = ? and d.state = '" + PENDING + "' order by d.id")) {
            s.setString(1, claimant);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getInt(8)));
                }
            }
        }
        return claimed;
    }

    /** The receiver took it: the row goes. False when the claim was no longer {@code claimant}'s. */
    public boolean delivered(long id, String claimant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from webhook_delivery where id = ? and claimed_by = ?")) {
            s.setLong(1, id);
            s.setString(2, claimant);
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Not delivered: released with one more attempt counted, due again at {@code next}, or
     * dead-lettered when {@code dead}. False when the claim was no longer {@code claimant}'s.
     */
    public boolean failed(long id, String claimant, Instant next, boolean dead, Integer status, String error) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update webhook_delivery set claimed_by = null, claimed_until = null,"
                + " attempts = attempts + 1, next_attempt_at = ?, state = ?, last_status = ?, last_error = ?"
                + " where id = ? and claimed_by = ?")) {
            s.setString(1, SqlTime.text(next));
            s.setString(2, dead ? DEAD : PENDING);
            if (status == null) {
                s.setNull(3, Types.INTEGER);
            } else {
                s.setInt(3, status);
            }
            s.setString(4, error == null ? null : error.length() > 500 ? error.substring(0, 500) : error);
            s.setLong(5, id);
            s.setString(6, claimant);
            return s.executeUpdate() == 1;
        }
    }

    /** Dead letters of {@code owner}'s destinations (every owner's for {@code null}), newest first. */
    public List<DeadLetter> deadLetters(String owner, int max) throws SQLException {
        return deadLetters(owner, null, max);
    }

    /** The dead letter {@code id} (of anyone's destination): what a resend is about to send again. */
    public Optional<DeadLetter> deadLetter(long id) throws SQLException {
        return deadLetters(null, id, 1).stream().findFirst();
    }

    private List<DeadLetter> deadLetters(String owner, Long id, int max) throws SQLException {
        List<DeadLetter> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select d.id, d.destination_id, t.owner, t.url, d.event_id, d.event_type,"
                + " d.attempts, d.last_status, d.last_error, d.created_at, d.next_attempt_at from webhook_delivery d"
                + " join webhook_destination t on t.id = d.destination_id where d.state = '" + DEAD + "'"
                + (owner == null ? "" : " and t.owner = ?") + (id == null ? "" : " and d.id = ?")
                + " order by d.next_attempt_at desc, d.id desc limit ?")) {
            int i = 1;
            if (owner != null) {
                s.setString(i++, owner);
            }
            if (id != null) {
                s.setLong(i++, id);
            }
            s.setInt(i, max);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int status = rs.getInt(8);
                    Integer lastStatus = rs.wasNull() ? null : status;
                    out.add(new DeadLetter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getInt(7), lastStatus, rs.getString(9), SqlTime.instant(rs.getString(10)),
                            SqlTime.instant(rs.getString(11))));
                }
            }
        }
        return out;
    }

    /** How many dead letters {@code owner}'s destinations have (every owner's for {@code null}). */
    public long deadLetterCount(String owner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from webhook_delivery d"
                + " join webhook_destination t on t.id = d.destination_id where d.state = '" + DEAD + "'"
                + (owner == null ? "" : " and t.owner = ?"))) {
            if (owner != null) {
                s.setString(1, owner);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * A dead letter of {@code owner}'s (anyone's for {@code null}) is due again now with a fresh
     * count of attempts. False when there is no such dead letter.
     */
    public boolean resend(long id, String owner, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update webhook_delivery d set d.state = '" + PENDING + "',"
                + " d.attempts = 0, d.next_attempt_at = ?, d.claimed_by = null, d.claimed_until = null"
                + " where d.id = ? and d.state = '" + DEAD + "'" + (owner == null ? ""
                : " and exists (select 1 from webhook_destination t where t.id = d.destination_id and t.owner = ?)"))) {
            s.setString(1, SqlTime.text(now));
            s.setLong(2, id);
            if (owner != null) {
                s.setString(3, owner);
            }
            return s.executeUpdate() == 1;
        }
    }

    /** Rows in {@code state} (delivered rows are deleted): for health checks and tests. */
    public long count(String state) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from webhook_delivery where state = ?")) {
            s.setString(1, state);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
