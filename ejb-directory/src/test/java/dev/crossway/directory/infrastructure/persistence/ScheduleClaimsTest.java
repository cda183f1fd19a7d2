package dev.crossway.directory.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.directory.support.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the real MariaDB: one node per job and day, whoever tries at the same moment. */
class ScheduleClaimsTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @BeforeEach
    void empty() {
        TestDatabase.DB.execute(em -> em.createNativeQuery("delete from schedule_claim").executeUpdate());
    }

    @Test
    void theFirstNodeGetsTheDayAndTheOthersSkipIt() {
        assertThat(claim("node1", DAY)).isTrue();
        assertThat(claim("node2", DAY)).isFalse();
        assertThat(claim("node1", DAY)).as("a day is run once, even by its holder").isFalse();
        java.util.Optional<String> holder = TestDatabase.DB.inTransaction(em -> new JpaScheduleClaims(em).holder("directory-sync", DAY));
        assertThat(holder).contains("node1");
        assertThat(claim("node2", DAY.plusDays(1))).as("the next day is free again").isTrue();
        boolean otherJob = TestDatabase.DB.inTransaction(em -> new JpaScheduleClaims(em).claim("another-job", DAY, "node2", Instant.now()));
        assertThat(otherJob).as("jobs are claimed separately").isTrue();
    }

    @Test
    void nodesStartingTogetherGetExactlyOneClaim() throws Exception {
        int nodes = 6;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            String node = "node" + i;
            results.add(pool.submit(() -> {
                start.await();
                return claim(node, DAY);
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> r : results) {
            won += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
    }

    private static boolean claim(String node, LocalDate day) {
        return TestDatabase.DB.inTransaction(em -> new JpaScheduleClaims(em).claim("directory-sync", day, node, Instant.now()));
    }
}
