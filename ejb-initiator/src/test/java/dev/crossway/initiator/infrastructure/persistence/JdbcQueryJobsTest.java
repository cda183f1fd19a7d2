package dev.crossway.initiator.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.initiator.domain.QueryJob;
import dev.crossway.initiator.domain.QueryJobEvent;
import dev.crossway.initiator.support.TestDatabase;
import dev.crossway.testsupport.MigratedDatabase;
import java.sql.Connection;
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

/** Jobs' leases, claims and purge against the real MariaDB, as several nodes would use them at once. */
class JdbcQueryJobsTest {

    static final Duration LEASE = Duration.ofSeconds(30);
    static MigratedDatabase db;

    @BeforeAll
    static void database() {
        db = TestDatabase.fresh("jobs");
    }

    @Test
    void aRunningJobIsClaimedByNoOtherNodeWhileItsLeaseLasts() throws SQLException {
        Instant now = now();
        String id = created("node1", now);
        try (Connection c = db.connection()) {
            JdbcQueryJobs jobs = new JdbcQueryJobs(c);
            assertThat(jobs.expired(now, 100)).doesNotContain(id);
            assertThat(jobs.claim(id, "node2", now, now.plus(LEASE))).isEmpty();
            assertThat(jobs.renew(id, 1, now.plus(LEASE).plusSeconds(10))).isTrue();
            Instant later = now.plus(LEASE).plusSeconds(5);
            assertThat(jobs.claim(id, "node2", later, later.plus(LEASE))).as("renewed: still node1's").isEmpty();
            assertThat(jobs.find(id)).get().extracting(QueryJob::node, QueryJob::attempt).containsExactly("node1", 1);
        }
    }

    @Test
    void aJobWhoseLeaseRanOutIsTakenOverAndTheOldNodeCanNoLongerWriteToIt() throws SQLException {
        Instant now = now();
        String id = created("node1", now);
        try (Connection c = db.connection()) {
            JdbcQueryJobs jobs = new JdbcQueryJobs(c);
            assertThat(jobs.append(id, 1, event(1, "Started", now), null)).isTrue();
            Instant later = now.plus(LEASE).plusSeconds(1);
            assertThat(jobs.expired(later, 100)).contains(id);
            Optional<QueryJob> claimed = jobs.claim(id, "node2", later, later.plus(LEASE));
            assertThat(claimed).get().satisfies(j -> {
                assertThat(j.node()).isEqualTo("node2");
                assertThat(j.attempt()).isEqualTo(2);
                assertThat(j.lastSeq()).isEqualTo(1);
                assertThat(j.leaseExpired(later)).isFalse();
            });
            assertThat(jobs.append(id, 1, event(2, "Discovered", later), "{}")).as("node1 lost the job").isFalse();
            assertThat(jobs.renew(id, 1, later.plus(LEASE))).isFalse();
            assertThat(jobs.finish(id, 1, event(2, "Completed", later), "{\"done\":1}", null)).isFalse();
            assertThat(jobs.append(id, 2, event(2, "Started", later), null)).isTrue();
            assertThat(jobs.finish(id, 2, event(3, "Completed", later), "{\"done\":2}", null)).isTrue();
            QueryJob done = jobs.find(id).orElseThrow();
            assertThat(done.status()).isEqualTo(QueryJob.COMPLETED);
            assertThat(done.summaryJson()).isEqualTo("{\"done\":2}");
            assertThat(done.finishedAt()).isEqualTo(later);
            assertThat(jobs.events(id, 0)).extracting(QueryJobEvent::seq, QueryJobEvent::type)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Started"), org.assertj.core.groups.Tuple.tuple(2, "Started"),
                            org.assertj.core.groups.Tuple.tuple(3, "Completed"));
            assertThat(jobs.events(id, 2)).extracting(QueryJobEvent::type).containsExactly("Completed");
            assertThat(jobs.claim(id, "node3", later.plus(LEASE.multipliedBy(3)), later.plus(LEASE.multipliedBy(4))))
                    .as("a finished job is never claimed").isEmpty();
        }
    }

    @Test
    void nodesTryingToTakeOverTheSameJobAtOnceGetItOnce() throws Exception {
        Instant now = now();
        String id = created("dead-node", now.minus(LEASE.multipliedBy(2)));
        int nodes = 8;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<QueryJob>>> results = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            String node = "node" + i;
            results.add(pool.submit(() -> {
                start.await();
                try (Connection c = db.connection()) {
                    return new JdbcQueryJobs(c).claim(id, node, now, now.plus(LEASE));
                }
            }));
        }
        start.countDown();
        List<String> winners = new ArrayList<>();
        for (Future<Optional<QueryJob>> r : results) {
            r.get(30, TimeUnit.SECONDS).ifPresent(j -> winners.add(j.node()));
        }
        pool.shutdown();
        assertThat(winners).hasSize(1);
        try (Connection c = db.connection()) {
            QueryJob job = new JdbcQueryJobs(c).find(id).orElseThrow();
            assertThat(job.node()).isEqualTo(winners.get(0));
            assertThat(job.attempt()).as("claimed once").isEqualTo(2);
        }
    }

    @Test
    void aNodeShuttingDownLetsItsJobsBeClaimedAtOnce() throws SQLException {
        Instant now = now();
        String mine = created("leaving", now);
        String other = created("staying", now);
        try (Connection c = db.connection()) {
            JdbcQueryJobs jobs = new JdbcQueryJobs(c);
            assertThat(jobs.release("leaving", now)).isEqualTo(1);
            assertThat(jobs.expired(now, 100)).contains(mine).doesNotContain(other);
            assertThat(jobs.claim(mine, "staying", now, now.plus(LEASE))).isPresent();
        }
    }

    @Test
    void finishedJobsArePurgedAfterTheirTimeWithTheirEventsAndRunningOnesNever() throws SQLException {
        Instant now = now();
        String old = created("node1", now.minus(Duration.ofHours(3)));
        String recent = created("node1", now.minus(Duration.ofMinutes(5)));
        String running = created("node1", now.minus(Duration.ofHours(5)));
        try (Connection c = db.connection()) {
            JdbcQueryJobs jobs = new JdbcQueryJobs(c);
            assertThat(jobs.finish(old, 1, event(1, "Failed", now.minus(Duration.ofHours(2))), null, "why")).isTrue();
            assertThat(jobs.finish(recent, 1, event(1, "Completed", now.minus(Duration.ofMinutes(4))), "{}", null)).isTrue();
            int purged = jobs.purge(now.minus(Duration.ofHours(1)), 1000);
            assertThat(purged).isGreaterThanOrEqualTo(1);
            assertThat(jobs.find(old)).isEmpty();
            assertThat(jobs.events(old, 0)).isEmpty();
            assertThat(jobs.find(recent)).isPresent();
            assertThat(jobs.find(running)).as("a running job is never purged, however old").isPresent();
        }
    }

    private static String created(String node, Instant at) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection c = db.connection()) {
            new JdbcQueryJobs(c).create(id, "partner-a", "{\"request\":1}", node, at.plus(LEASE), at);
        }
        return id;
    }

    private static QueryJobEvent event(int seq, String type, Instant at) {
        return new QueryJobEvent(seq, type, 10 * seq, type + " " + seq, null, at);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
