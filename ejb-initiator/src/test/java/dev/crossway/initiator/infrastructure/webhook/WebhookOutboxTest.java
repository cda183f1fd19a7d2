package dev.crossway.initiator.infrastructure.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.initiator.domain.webhook.Destination;
import dev.crossway.initiator.support.TestDatabase;
import dev.crossway.testsupport.MigratedDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox's claims, leases and dead letters against the real MariaDB. */
class WebhookOutboxTest {

    private static MigratedDatabase db;

    @BeforeAll
    static void database() throws SQLException {
        db = TestDatabase.fresh("webhook_outbox");
    }

    /** Claims take every due row: each test starts from an empty outbox. */
    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = db.connection(); var s = c.createStatement()) {
            s.execute("delete from webhook_delivery");
            s.execute("delete from webhook_destination");
        }
    }

    private static Destination destination(String owner) throws SQLException {
        Destination d = new Destination(UUID.randomUUID().toString(), owner, "https://hooks.example.org/" + owner,
                Set.of("PatientQuery.Completed"), "secret-" + owner, Instant.now().truncatedTo(ChronoUnit.MICROS));
        try (Connection c = db.connection()) {
            new JdbcDestinations(c).insert(d);
        }
        return d;
    }

    private static void enqueue(Destination d, int events, Instant at) throws SQLException {
        try (Connection c = db.connection()) {
            for (int i = 0; i < events; i++) {
                new WebhookOutbox(c).enqueue(List.of(d), UUID.randomUUID().toString(), "PatientQuery.Completed",
                        "{\"JobID\":\"" + i + "\"}", at);
            }
        }
    }

    private static List<WebhookOutbox.Claimed> claim(String claimant, Instant now, Duration lease) throws SQLException {
        try (Connection c = db.connection()) {
            return new WebhookOutbox(c).claim(claimant, now, now.plus(lease), 1000);
        }
    }

    @Test
    void twoNodesClaimingAtOnceNeverHoldTheSameDelivery() throws Exception {
        Destination d = destination("two-nodes-" + UUID.randomUUID());
        Instant past = Instant.parse("2020-01-01T00:00:00Z");
        enqueue(d, 200, past);
        Instant now = past.plusSeconds(1);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> nodes = new ArrayList<>();
            for (String node : List.of("node1", "node2")) {
                Callable<List<Long>> claimer = () -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    try (Connection c = db.connection()) {
                        c.setAutoCommit(true);
                        for (int round = 0; round < 40; round++) {
                            new WebhookOutbox(c).claim(node + ":" + round, now, now.plusSeconds(60), 7)
                                    .forEach(x -> mine.add(x.id()));
                        }
                    }
                    return mine;
                };
                nodes.add(pool.submit(claimer));
            }
            List<Long> one = nodes.get(0).get();
            List<Long> two = nodes.get(1).get();
            Set<Long> overlap = new HashSet<>(one);
            overlap.retainAll(two);
            assertThat(overlap).as("claimed by both nodes").isEmpty();
            assertThat(one.size() + two.size()).isEqualTo(200);
            assertThat(one).isNotEmpty();
            assertThat(two).isNotEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDeadNodesClaimIsTakenOverWhenItsLeaseExpiresAndTheDeadNodeCanNoLongerRecordAResult() throws SQLException {
        Destination d = destination("lease-" + UUID.randomUUID());
        Instant t0 = Instant.parse("2021-01-01T00:00:00Z");
        enqueue(d, 1, t0);
        List<WebhookOutbox.Claimed> first = claim("dead-node", t0, Duration.ofSeconds(50));
        assertThat(first).hasSize(1).first().satisfies(x -> {
            assertThat(x.url()).isEqualTo(d.url());
            assertThat(x.secret()).isEqualTo(d.secret());
            assertThat(x.data()).isEqualTo("{\"JobID\":\"0\"}");
        });
        assertThat(claim("other-node", t0.plusSeconds(49), Duration.ofSeconds(50))).as("within the lease").isEmpty();
        List<WebhookOutbox.Claimed> taken = claim("other-node", t0.plusSeconds(51), Duration.ofSeconds(50));
        assertThat(taken).extracting(WebhookOutbox.Claimed::id).containsExactly(first.get(0).id());
        try (Connection c = db.connection()) {
            WebhookOutbox outbox = new WebhookOutbox(c);
            assertThat(outbox.delivered(first.get(0).id(), "dead-node")).as("the old claim is void").isFalse();
            assertThat(outbox.failed(first.get(0).id(), "dead-node", t0, true, 500, "late")).isFalse();
            assertThat(outbox.delivered(first.get(0).id(), "other-node")).isTrue();
        }
        assertThat(claim("third", t0.plusSeconds(3600), Duration.ofSeconds(50))).as("delivered rows are gone").isEmpty();
    }

    @Test
    void aFailedDeliveryWaitsForItsNextAttemptAndADeadLetterIsResentOnlyToItsOwnerOrAnAdministrator() throws SQLException {
        String owner = "dead-" + UUID.randomUUID();
        Destination d = destination(owner);
        Instant t0 = Instant.parse("2022-01-01T00:00:00Z");
        enqueue(d, 1, t0);
        long id = claim("n1", t0, Duration.ofSeconds(30)).get(0).id();
        try (Connection c = db.connection()) {
            assertThat(new WebhookOutbox(c).failed(id, "n1", t0.plusSeconds(10), false, 500, "HTTP 500")).isTrue();
        }
        assertThat(claim("n2", t0.plusSeconds(9), Duration.ofSeconds(30))).as("not due yet").isEmpty();
        List<WebhookOutbox.Claimed> again = claim("n2", t0.plusSeconds(10), Duration.ofSeconds(30));
        assertThat(again).singleElement().satisfies(x -> assertThat(x.attempts()).isEqualTo(1));
        try (Connection c = db.connection()) {
            WebhookOutbox outbox = new WebhookOutbox(c);
            assertThat(outbox.failed(id, "n2", t0.plusSeconds(10), true, null, "connection refused")).isTrue();
            assertThat(claim("n3", t0.plusSeconds(100_000), Duration.ofSeconds(30))).as("a dead letter is never claimed").isEmpty();
            assertThat(outbox.deadLetters(owner, 10)).singleElement().satisfies(l -> {
                assertThat(l.id()).isEqualTo(id);
                assertThat(l.attempts()).isEqualTo(2);
                assertThat(l.lastStatus()).isNull();
                assertThat(l.lastError()).isEqualTo("connection refused");
                assertThat(l.owner()).isEqualTo(owner);
            });
            assertThat(outbox.deadLetters("someone-else", 10)).isEmpty();
            assertThat(outbox.deadLetterCount(owner)).isEqualTo(1);
            assertThat(outbox.deadLetterCount("someone-else")).isZero();
            assertThat(outbox.deadLetterCount(null)).as("an administrator's count").isGreaterThanOrEqualTo(1);
            assertThat(outbox.deadLetter(id)).as("what a resend reports to the audit trail").hasValueSatisfying(l -> {
                assertThat(l.owner()).isEqualTo(owner);
                assertThat(l.attempts()).isEqualTo(2);
            });
            assertThat(outbox.resend(id, "someone-else", t0)).as("another owner's dead letter").isFalse();
            assertThat(outbox.resend(id, null, t0.plusSeconds(200))).isTrue();
            assertThat(outbox.resend(id, null, t0.plusSeconds(200))).as("no longer dead").isFalse();
            assertThat(outbox.deadLetter(id)).as("no longer dead").isEmpty();
        }
        assertThat(claim("n4", t0.plusSeconds(200), Duration.ofSeconds(30))).singleElement()
                .satisfies(x -> assertThat(x.attempts()).as("counted afresh").isZero());
    }

    @Test
    void deletingADestinationDropsItsDeliveriesAndOnlyItsOwnerOrAnAdministratorMayDeleteIt() throws SQLException {
        String owner = "delete-" + UUID.randomUUID();
        Destination d = destination(owner);
        enqueue(d, 3, Instant.parse("2023-01-01T00:00:00Z"));
        try (Connection c = db.connection()) {
            JdbcDestinations destinations = new JdbcDestinations(c);
            assertThat(destinations.list("intruder")).isEmpty();
            assertThat(destinations.find(d.id(), "intruder")).isEmpty();
            assertThat(destinations.delete(d.id(), "intruder")).isFalse();
            assertThat(destinations.list(owner)).singleElement().satisfies(x -> {
                assertThat(x.url()).isEqualTo(d.url());
                assertThat(x.events()).containsExactly("PatientQuery.Completed");
                assertThat(x.createdAt()).isEqualTo(d.createdAt());
            });
            assertThat(destinations.delete(d.id(), owner)).isTrue();
            try (var s = c.prepareStatement("select count(*) from webhook_delivery where destination_id = ?")) {
                s.setString(1, d.id());
                try (var rs = s.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
        }
    }
}
