package dev.crossway.initiator.infrastructure.persistence;

import dev.crossway.interop.id.RandomUuids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who runs a pre-visit query, decided by the database: a claim is one conditional {@code UPDATE}
 * of the appointment's row, from the pending state ({@code Scheduled}) or from a {@code Running}
 * whose lease expired, so that whatever the number of nodes asking at once exactly one gets it.
 * The claim's token then guards the end of the run: a node whose lease was taken over cannot
 * complete or fail an appointment another node holds. Plain JDBC on the caller's connection (in
 * the server, the persistence context's, inside its transaction).
 */
public final class JdbcAppointmentClaims {

    /** One claim: the token that only its holder knows, and the attempt it is. */
    public record Claim(String appointmentId, String token, int attempt) {
    }

    /** Bound as text in UTC, as the entities store them (hibernate.jdbc.time_zone=UTC), whatever the JVM's zone. */
    private static final DateTimeFormatter SQL_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Connection connection;

    public JdbcAppointmentClaims(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** Appointments due now: pending and past their query time, or running past their lease; soonest first. */
    public List<String> due(Instant now, int max) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select id from appointment where"
                + " (status = 'Scheduled' and query_at <= ?) or (status = 'Running' and lease_until < ?)"
                + " order by query_at limit ?")) {
            s.setString(1, utc(now));
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
     * Claims the appointment for {@code node} until {@code now + lease}, if it is due and has had
     * fewer than {@code maxAttempts} claims; empty when another claimant got it first, or it is
     * not due. An appointment whose lease expired after its last allowed attempt is failed here.
     */
    public Optional<Claim> claim(String id, String node, Instant now, Duration lease, int maxAttempts) throws SQLException {
        String token = RandomUuids.next().toString();
        int updated;
        try (PreparedStatement s = connection.prepareStatement("update appointment set status = 'Running', claim_token = ?,"
                + " claimed_by = ?, lease_until = ?, attempts = attempts + 1, updated_at = ? where id = ? and attempts < ?"
                + " and ((status = 'Scheduled' and query_at <= ?) or (status = 'Running' and lease_until < ?))")) {
            s.setString(1, token);
            s.setString(2, node.length() <= 100 ? node : node.substring(0, 100));
            s.setString(3, utc(now.plus(lease)));
            s.setString(4, utc(now));
            s.setString(5, id);
            s.setInt(6, maxAttempts);
            s.setString(7, utc(now));
            s.setString(8, utc(now));
            updated = s.executeUpdate();
        }
        if (updated == 1) {
            try (PreparedStatement s = connection.prepareStatement("select attempts from appointment where id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return Optional.of(new Claim(id, token, rs.getInt(1)));
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement("update appointment set status = 'Failed', completed_at = ?,"
                + " updated_at = ?, error = ?, claim_token = null where id = ? and status = 'Running' and lease_until < ?"
                + " and attempts >= ?")) {
            s.setString(1, utc(now));
            s.setString(2, utc(now));
            s.setString(3, "no node finished the query within its lease " + maxAttempts + " times");
            s.setString(4, id);
            s.setString(5, utc(now));
            s.setInt(6, maxAttempts);
            s.executeUpdate();
        }
        return Optional.empty();
    }

    /** Ends the run as {@code Completed}, if {@code claim} still holds it; false otherwise (cancelled, rescheduled, taken over). */
    public boolean complete(Claim claim, Instant at) throws SQLException {
        return end(claim, "Completed", null, at);
    }

    /** Ends the run as {@code Failed} with the reason, if {@code claim} still holds it. */
    public boolean fail(Claim claim, String why, Instant at) throws SQLException {
        return end(claim, "Failed", why == null || why.length() <= 500 ? why : why.substring(0, 500), at);
    }

    private boolean end(Claim claim, String status, String error, Instant at) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("update appointment set status = ?, completed_at = ?, updated_at = ?,"
                + " error = ?, lease_until = null where id = ? and claim_token = ? and status = 'Running'")) {
            s.setString(1, status);
            s.setString(2, utc(at));
            s.setString(3, utc(at));
            s.setString(4, error);
            s.setString(5, claim.appointmentId());
            s.setString(6, claim.token());
            return s.executeUpdate() == 1;
        }
    }

    static String utc(Instant at) {
        return SQL_DATETIME.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
