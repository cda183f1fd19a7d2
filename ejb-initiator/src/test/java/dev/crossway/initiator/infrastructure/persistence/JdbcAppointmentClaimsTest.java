package dev.crossway.initiator.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.initiator.support.TestDatabase;
import dev.crossway.testsupport.MigratedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the real MariaDB: of several nodes claiming a due pre-visit query, one wins; a lease that expired is claimed again. */
class JdbcAppointmentClaimsTest {

    static final Duration LEASE = Duration.ofMinutes(5);
    static MigratedDatabase db;

    @BeforeAll
    static void database() {
        db = TestDatabase.fresh("claims");
    }

    @Test
    void ofSeveralNodesClaimingTheSameDueAppointmentsExactlyOneGetsEach() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(appointment(now.minusSeconds(60)));
        }
        int nodes = 6;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> won = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            String node = "node" + n;
            won.add(pool.submit(() -> {
                start.await();
                List<String> mine = new ArrayList<>();
                try (Connection c = db.connection()) {
                    for (String id : ids) {
                        new JdbcAppointmentClaims(c).claim(id, node, now, LEASE, 3).ifPresent(k -> mine.add(k.appointmentId()));
                    }
                }
                return mine;
            }));
        }
        start.countDown();
        List<String> all = new ArrayList<>();
        for (Future<List<String>> f : won) {
            all.addAll(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(all).as("every appointment claimed once, by one node").containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            assertThat(column(id, "status")).isEqualTo("Running");
            assertThat(column(id, "attempts")).isEqualTo("1");
        }
    }

    @Test
    void aLeaseThatExpiredIsClaimedAgainAndOnlyTheNewHolderEndsTheRun() throws SQLException {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String id = appointment(t0.minusSeconds(1));
        try (Connection c = db.connection()) {
            JdbcAppointmentClaims claims = new JdbcAppointmentClaims(c);
            JdbcAppointmentClaims.Claim first = claims.claim(id, "node1", t0, Duration.ofMinutes(1), 3).orElseThrow();
            assertThat(claims.due(t0.plusSeconds(30), 100)).as("running within its lease: not due").doesNotContain(id);
            assertThat(claims.claim(id, "node2", t0.plusSeconds(30), Duration.ofMinutes(1), 3)).as("the lease holds").isEmpty();

            Instant later = t0.plus(Duration.ofMinutes(2));
            assertThat(claims.due(later, 100)).as("node1 died: due again").contains(id);
            JdbcAppointmentClaims.Claim second = claims.claim(id, "node2", later, Duration.ofMinutes(1), 3).orElseThrow();
            assertThat(second.attempt()).isEqualTo(2);
            assertThat(column(id, "claimed_by")).isEqualTo("node2");

            assertThat(claims.complete(first, later)).as("the old holder's late answer is not kept").isFalse();
            assertThat(claims.complete(second, later)).isTrue();
            assertThat(column(id, "status")).isEqualTo("Completed");
            assertThat(claims.claim(id, "node3", later.plus(Duration.ofHours(1)), Duration.ofMinutes(1), 3))
                    .as("a completed query is never claimed again").isEmpty();
        }
    }

    @Test
    void aQueryWhoseLeasesKeepExpiringFailsWithTheReasonAfterTheLastAttempt() throws SQLException {
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String id = appointment(t.minusSeconds(1));
        try (Connection c = db.connection()) {
            JdbcAppointmentClaims claims = new JdbcAppointmentClaims(c);
            for (int attempt = 1; attempt <= 2; attempt++) {
                t = t.plus(Duration.ofMinutes(2));
                assertThat(claims.claim(id, "node" + attempt, t, Duration.ofMinutes(1), 2)).isPresent();
            }
            t = t.plus(Duration.ofMinutes(2));
            assertThat(claims.claim(id, "node3", t, Duration.ofMinutes(1), 2)).isEmpty();
        }
        assertThat(column(id, "status")).isEqualTo("Failed");
        assertThat(column(id, "error")).contains("within its lease 2 times");
    }

    @Test
    void aQueryNotYetDueOrCancelledIsNotClaimed() throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String future = appointment(now.plus(Duration.ofHours(1)));
        String cancelled = appointment(now.minusSeconds(5));
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement("update appointment set status = 'Cancelled' where id = ?")) {
            s.setString(1, cancelled);
            s.executeUpdate();
            JdbcAppointmentClaims claims = new JdbcAppointmentClaims(c);
            assertThat(claims.due(now, 1000)).doesNotContain(future, cancelled);
            assertThat(claims.claim(future, "node1", now, LEASE, 3)).isEmpty();
            assertThat(claims.claim(cancelled, "node1", now, LEASE, 3)).isEmpty();
            Optional<JdbcAppointmentClaims.Claim> when = claims.claim(future, "node1", now.plus(Duration.ofHours(2)), LEASE, 3);
            assertThat(when).as("claimed once due").isPresent();
        }
        assertThat(column(cancelled, "status")).isEqualTo("Cancelled");
    }

    private static String appointment(Instant queryAt) throws SQLException {
        String id = UUID.randomUUID().toString();
        Instant visit = queryAt.plus(Duration.ofHours(12));
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement("insert into appointment (id, owner, patient_key,"
                + " visit_day, visit_time, visit_id, query_at, status, request_json, created_at) values (?, 'partner-a', ?, ?, ?, 'V-1', ?,"
                + " 'Scheduled', '{}', ?)")) {
            s.setString(1, id);
            s.setString(2, "id:" + id);
            s.setString(3, visit.toString().substring(0, 10));
            s.setString(4, JdbcAppointmentClaims.utc(visit));
            s.setString(5, JdbcAppointmentClaims.utc(queryAt));
            s.setString(6, JdbcAppointmentClaims.utc(queryAt));
            s.executeUpdate();
        }
        return id;
    }

    private static String column(String id, String column) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement("select " + column + " from appointment where id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
