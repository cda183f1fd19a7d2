package dev.crossway.initiator.application.internal;

import dev.crossway.interop.config.Setting;
import dev.crossway.initiator.application.ProgressEvent;
import dev.crossway.initiator.application.ProgressListener;
import dev.crossway.initiator.domain.QueryJob;
import dev.crossway.initiator.domain.QueryJobEvent;
import dev.crossway.interop.id.RandomUuids;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import dev.crossway.initiator.infrastructure.persistence.JdbcQueryJobs;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The jobs of the whole cluster, kept in the database ({@link JobStore}), as this node takes part:
 * it leases the jobs it runs and renews their leases every third of the lease; it takes over the
 * running jobs whose lease ran out (their node died) and runs them again, or fails them once they
 * have been tried {@code crossway.jobs.max-attempts} times; it purges finished jobs after
 * {@code crossway.jobs.keep}; and it streams any job's events to local listeners by reading them
 * from the database (so a client following a job on this node sees what another node does).
 * On a clean shutdown it lets its jobs go at once, so that another node (or this one, restarted)
 * takes them over without waiting for the lease.
 */
@Startup
@Singleton
@DependsOn({"InitiatorSchemaMigrations", "OutboundGateway"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PatientQueryJobs {

    private static final Logger LOG = Logger.getLogger(PatientQueryJobs.class.getName());
    /** How often a follower looks for new events. */
    static final long FOLLOW_MILLIS = 500;
    static final int TAKEOVERS_PER_ROUND = 10;
    static final int PURGE_PER_ROUND = 1000;

    @Resource
    TimerService timers;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @EJB
    JobStore store;
    @Resource(lookup = "java:jboss/datasources/CrosswayDS")
    DataSource dataSource;
    @EJB
    DefaultPatientQueries queries;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, JobRun> running = new ConcurrentHashMap<>();
    private final Map<ProgressListener, Follower> followers = new ConcurrentHashMap<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private String node;
    private Duration lease;
    private Duration keep;
    private int maxAttempts;

    @PostConstruct
    void start() {
        InitiatorSettings s = InitiatorSettings.system();
        node = Setting.value("jboss.node.name", "node-" + RandomUuids.next());
        lease = s.jobLease();
        keep = s.jobKeep();
        maxAttempts = s.jobMaxAttempts();
        long every = Math.max(1_000, lease.toMillis() / 3);
        timers.createIntervalTimer(every, every, new TimerConfig("patient-query-jobs", false));
    }

    /** Lets every job of this node go: another node, or this one restarted, takes them over at once. */
    @PreDestroy
    void leave() {
        running.values().forEach(JobRun::letGo);
        followers.values().forEach(Follower::stop);
        // plain JDBC on the data source: the other beans of the module may already be stopped here
        try (Connection c = dataSource.getConnection()) {
            int n = new JdbcQueryJobs(c).release(node, clock.instant());
            if (n > 0) {
                LOG.info(n + " running patient query jobs released for another node to take over");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "running jobs not released; they are taken over when their lease runs out", e);
        }
    }

    /** A new job, leased by this node; returns its run, to be started by the caller. */
    public JobRun create(String owner, String requestJson, boolean announce) {
        String id = RandomUuids.next().toString();
        Instant now = clock.instant();
        store.create(id, owner, requestJson, node, now.plus(lease), now);
        return running(new JobRun(id, 1, 0, announce, store));
    }

    public JobRun running(JobRun run) {
        running.put(run.id(), run);
        return run;
    }

    public void ended(JobRun run) {
        running.remove(run.id(), run);
    }

    /** Jobs this node runs now (its own and those it took over). */
    public int runningHere() {
        return running.size();
    }

    @Timeout
    void round() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            renew();
            takeOver();
            purge();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "patient query jobs: round failed; next round in " + lease.dividedBy(3), e);
        } finally {
            busy.set(false);
        }
    }

    private void renew() {
        Instant until = clock.instant().plus(lease);
        for (JobRun run : List.copyOf(running.values())) {
            if (run.over() || !store.renew(run.id(), run.attempt(), until)) {
                run.letGo();
                running.remove(run.id(), run);
            }
        }
    }

    private void takeOver() {
        Instant now = clock.instant();
        for (String id : store.expired(now, TAKEOVERS_PER_ROUND)) {
            store.claim(id, node, now, now.plus(lease)).ifPresent(this::resume);
        }
    }

    private void resume(QueryJob job) {
        if (job.attempt() > maxAttempts) {
            String why = "the node running it stopped " + (job.attempt() - 1) + " times; not run again";
            store.finish(job.id(), job.attempt(), new QueryJobEvent(job.lastSeq() + 1, ProgressEvent.FAILED, job.progress(), why,
                    null, clock.instant()), null, why, true);
            LOG.warning("patient query job " + job.id() + " failed: " + why);
            return;
        }
        LOG.info("patient query job " + job.id() + " taken over by " + node + " (attempt " + job.attempt() + ")");
        queries.resume(job);
    }

    private void purge() {
        int n = store.purge(clock.instant().minus(keep), PURGE_PER_ROUND);
        if (n > 0) {
            LOG.fine(n + " finished patient query jobs purged");
        }
    }

    /**
     * Streams the job's events to {@code listener} from the database: those so far, then new ones
     * as any node writes them, until the terminal event, an error of the listener, or
     * {@link #unfollow}. (Polling the job's rows: every node sees every node's progress, with no
     * cluster messaging to keep in order; a follower costs one indexed query per half second.)
     */
    public void follow(String id, ProgressListener listener) {
        Follower follower = new Follower(id, listener);
        followers.put(listener, follower);
        follower.future = scheduler.scheduleWithFixedDelay(follower, 0, FOLLOW_MILLIS, TimeUnit.MILLISECONDS);
    }

    public void unfollow(ProgressListener listener) {
        Follower f = followers.remove(listener);
        if (f != null) {
            f.stop();
        }
    }

    private final class Follower implements Runnable {

        private final String id;
        private final ProgressListener listener;
        /** Events are numbered 1, 2, ... without gaps (each is written under the job's lease): this many were delivered. */
        private int delivered;
        private volatile boolean stopped;
        private volatile ScheduledFuture<?> future;

        Follower(String id, ProgressListener listener) {
            this.id = id;
            this.listener = listener;
        }

        @Override
        public synchronized void run() {
            if (stopped) {
                stop();
                return;
            }
            try {
                List<ProgressEvent> events = store.progress(id, delivered);
                for (ProgressEvent e : events) {
                    listener.onEvent(e);
                    delivered++;
                    if (e.terminal()) {
                        unfollow(listener);
                        return;
                    }
                }
                if (events.isEmpty() && store.find(id).isEmpty()) {
                    unfollow(listener); // purged
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "job follower of " + id + " stopped", e);
                unfollow(listener);
            }
        }

        void stop() {
            stopped = true;
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }
    }
}
