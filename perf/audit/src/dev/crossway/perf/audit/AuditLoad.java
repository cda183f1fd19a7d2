package dev.crossway.perf.audit;

import dev.crossway.directory.infrastructure.persistence.DirectoryMigrations;
import dev.crossway.directory.infrastructure.persistence.GroupCommit;
import dev.crossway.initiator.domain.audit.AccessAction;
import dev.crossway.initiator.domain.audit.AccessOutcome;
import dev.crossway.initiator.domain.audit.DemographicsDigest;
import dev.crossway.initiator.domain.audit.OutboundAccess;
import dev.crossway.initiator.infrastructure.persistence.InitiatorMigrations;
import dev.crossway.initiator.infrastructure.persistence.JdbcAccessTrail;
import dev.crossway.testsupport.TestMariaDb;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Load on the initiator's audit write path as the server runs it: callers on many threads hand
 * their record to one {@link GroupCommit} (2 writers, batches of up to 128, the server's
 * {@code OutboundAuditLog}), which writes them with {@link JdbcAccessTrail} (multi-row INSERTs)
 * into MariaDB and commits; each caller waits for its commit, as a request does before its
 * answer. Open loop at a target rate per step; then every record is looked for in the database:
 * lost = accepted - found, which must be 0.
 *
 * <pre>AuditLoad jdbc:mysql://127.0.0.1:3306/ crossway_audit_perf root "" 30 64 240,1000,3000,0</pre>
 * (server URL, database, user, password, seconds per step, caller threads, rates per second; 0 = as fast as it goes)
 */
public final class AuditLoad {

    private static final String OPTIONS = "?rewriteBatchedStatements=true&sslMode=DISABLED&allowPublicKeyRetrieval=true";

    public static void main(String[] args) throws Exception {
        String server = args[0];
        String db = args[1];
        String user = args[2];
        String password = args[3];
        int seconds = Integer.parseInt(args[4]);
        int threads = Integer.parseInt(args[5]);
        int[] rates = Arrays.stream(args[6].split(",")).mapToInt(Integer::parseInt).toArray();
        try (Connection c = DriverManager.getConnection(server + OPTIONS, user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + db);
            s.execute("create database " + db + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        String url = server + db + OPTIONS;
        DataSource ds = TestMariaDb.dataSource(url, user, password);
        DirectoryMigrations.migrate(ds);
        InitiatorMigrations.migrate(ds);

        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(2);
        for (int i = 0; i < 2; i++) {
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(false);
            pool.add(c);
        }
        GroupCommit<OutboundAccess> commit = new GroupCommit<>(batch -> {
            Connection c = pool.poll();
            try {
                new JdbcAccessTrail(c).appendAll(batch);
                c.commit();
            } catch (RuntimeException | SQLException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the batch fails either way
                }
                throw new IllegalStateException(e.getMessage(), e);
            } finally {
                pool.add(c);
            }
        }, 2, 128);

        System.out.println("| target/s | s | callers | accepted | failed | achieved/s | p50 ms | p99 ms | max ms | found | lost | items found |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int rate : rates) {
            step(commit, url, user, password, rate, seconds, threads);
        }
        for (Connection c : pool) {
            c.close();
        }
    }

    private static void step(GroupCommit<OutboundAccess> commit, String url, String user, String password, int rate,
                             int seconds, int threads) throws Exception {
        String run = "r" + UUID.randomUUID().toString().substring(0, 8);
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong seq = new AtomicLong();
        long[] latencies = new long[Math.max(1, rate == 0 ? 2_000_000 : rate * seconds * 2)];
        AtomicLong n = new AtomicLong();
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        double intervalNanos = rate == 0 ? 0 : 1e9 / rate;
        for (int t = 0; t < threads; t++) {
            callers.submit(() -> {
                while (true) {
                    long i = seq.getAndIncrement();
                    long due = start + (long) (i * intervalNanos);
                    if (due >= end || System.nanoTime() >= end) {
                        return null;
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    long t0 = System.nanoTime();
                    try {
                        commit.accept(access(run, i));
                        accepted.incrementAndGet();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                    long k = n.getAndIncrement();
                    if (k < latencies.length) {
                        latencies[(int) k] = System.nanoTime() - t0;
                    }
                }
            });
        }
        callers.shutdown();
        callers.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] l = Arrays.copyOf(latencies, (int) Math.min(n.get(), latencies.length));
        Arrays.sort(l);
        long found;
        long items;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            found = count(s, "select count(*) from initiator_audit_access where client = '" + run + "'");
            items = count(s, "select count(*) from initiator_audit_item i join initiator_audit_access a on a.id = i.access_id"
                    + " where a.client = '" + run + "'");
        }
        System.out.printf("| %s | %.1f | %d | %d | %d | %.0f | %.1f | %.1f | %.1f | %d | %d | %d (%d expected) |%n",
                rate == 0 ? "max" : String.valueOf(rate), elapsed, threads, accepted.get(), failed.get(), accepted.get() / elapsed,
                pct(l, 0.50), pct(l, 0.99), l.length == 0 ? 0 : l[l.length - 1] / 1e6, found, accepted.get() - found, items,
                accepted.get() * 15);
    }

    /** A patient query as the server records it: 2 identifiers, 3 communities, 10 documents (15 items). */
    static OutboundAccess access(String run, long i) {
        List<String> docs = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            docs.add("2.25." + (1_000_000_000_000L + i) + "." + d);
        }
        return new OutboundAccess(UUID.randomUUID().toString(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                AccessAction.PATIENT_QUERY, "API", run, "dr.perf", "112247003", "2.16.840.1.113883.3.9999.1", "TREATMENT",
                DemographicsDigest.of("Newman", "Alice", LocalDate.of(1970, 5, 1), "Female", "97006"),
                List.of("P" + i + "^^^&2.16.840.1.113883.3.9999.1.1.1&ISO", "Q" + i + "^^^&2.16.840.1.113883.3.9999.1.2.1&ISO"),
                List.of("2.16.840.1.113883.3.9999.1.1", "2.16.840.1.113883.3.9999.1.2", "2.16.840.1.113883.3.9999.1.3"),
                docs, AccessOutcome.SUCCESS, null);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
