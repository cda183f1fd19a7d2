package dev.crossway.initiator.application.internal;

import dev.crossway.interop.config.Setting;
import dev.crossway.interop.access.Caller;
import dev.crossway.initiator.application.AppointmentRequest;
import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.PatientQueries;
import dev.crossway.initiator.application.PatientQueryRequest;
import dev.crossway.initiator.application.ProgressListener;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the pre-visit queries, on every node of the cluster alike: every
 * {@code crossway.scheduling.poll} each node looks for due appointments and claims them one by one
 * (a conditional UPDATE: of several nodes exactly one wins each); what it claims it runs, on the
 * managed executor, as the appointment's owner. Nothing is armed per appointment, so an
 * appointment booked on a node that died is run by another, and one whose node died mid-run is
 * claimed again when its lease ({@code crossway.scheduling.lease}) expires.
 */
@Startup
@Singleton
@DependsOn({"InitiatorSchemaMigrations", "OutboundGateway"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AppointmentScheduler {

    private static final Logger LOG = Logger.getLogger(AppointmentScheduler.class.getName());
    /** Queries one node runs at once; the others wait for the next look (or another node). */
    static final int MAX_RUNNING = 4;

    private final InitiatorSettings settings = InitiatorSettings.system();
    private final AtomicInteger running = new AtomicInteger();
    private final String node = node();
    private ScheduledFuture<?> looking;

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Resource
    ManagedExecutorService executor;
    @EJB
    AppointmentBook book;
    @EJB
    PatientQueries queries;

    @PostConstruct
    void start() {
        long every = Math.max(1_000, settings.schedulingPoll().toMillis());
        looking = scheduler.scheduleWithFixedDelay(this::look, Math.min(every, 5_000), every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (looking != null) {
            looking.cancel(false);
        }
    }

    /** Claims what is due, as long as this node has room to run it. */
    void look() {
        try {
            if (running.get() >= MAX_RUNNING) {
                return;
            }
            for (String id : book.due(Instant.now(), MAX_RUNNING * 2)) {
                if (running.get() >= MAX_RUNNING) {
                    return;
                }
                Optional<AppointmentBook.Due> due = book.claim(id, node, Instant.now(), settings.schedulingLease(),
                        settings.schedulingMaxAttempts());
                if (due.isPresent()) {
                    running.incrementAndGet();
                    try {
                        executor.submit(() -> run(due.get()));
                    } catch (RuntimeException e) {
                        running.decrementAndGet();
                        throw e;
                    }
                }
            }
        } catch (RuntimeException e) {
            // the next look tries again; a claim made here and not run is taken over when its lease expires
            LOG.log(Level.WARNING, "looking for due pre-visit queries failed", e);
        }
    }

    private void run(AppointmentBook.Due due) {
        String id = due.claim().appointmentId();
        try {
            AppointmentRequest r = due.request();
            // the grants were checked when the appointment was booked or changed; the run belongs to its owner
            Caller owner = Caller.system(due.owner() == null ? "crossway" : due.owner());
            MergedSummary summary = queries.run(owner, new PatientQueryRequest(
                    r.context().by(r.context().client(), InitiatorContext.Channel.SCHEDULING), r.patient(), r.targets()),
                    ProgressListener.none());
            if (!book.completed(due.claim(), summary, Instant.now())) {
                LOG.info("pre-visit query " + id + " finished after it was cancelled, changed or taken over: its results are not kept");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "pre-visit query " + id + " failed", e);
            try {
                book.failed(due.claim(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), Instant.now());
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "pre-visit query " + id + " not marked failed: its lease will expire", again);
            }
        } finally {
            running.decrementAndGet();
        }
    }

    private static String node() {
        String name = Setting.value("jboss.node.name", null);
        if (name == null || name.isBlank()) {
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                name = "node";
            }
        }
        return name;
    }
}
