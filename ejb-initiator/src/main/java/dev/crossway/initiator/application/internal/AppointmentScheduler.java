package dev.crossway.initiator.application.internal;

import dev.crossway.interop.access.Caller;
import dev.crossway.initiator.application.AppointmentRequest;
import dev.crossway.initiator.application.PatientQueries;
import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.application.PatientQueryRequest;
import dev.crossway.initiator.application.ProgressEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Arms the pre-visit queries on the managed scheduled executor (non-persistent: the appointment
 * table is the persistent part, re-armed here at startup). A query runs as a patient query job,
 * without blocking a thread; its result is stored when the job completes.
 */
@Startup
@Singleton
@DependsOn({"InitiatorSchemaMigrations", "OutboundGateway"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AppointmentScheduler {

    private static final Logger LOG = Logger.getLogger(AppointmentScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @EJB
    AppointmentBook book;
    @EJB
    PatientQueries queries;

    @PostConstruct
    void rearm() {
        var pending = book.pending();
        pending.forEach(p -> arm((String) p[0], (Instant) p[1]));
        if (!pending.isEmpty()) {
            LOG.info(pending.size() + " scheduled patient queries re-armed");
        }
    }

    public void arm(String appointmentId, Instant at) {
        long delay = Math.max(2_000, Duration.between(Instant.now(), at).toMillis());
        scheduler.schedule(() -> fire(appointmentId), delay, TimeUnit.MILLISECONDS);
    }

    private void fire(String id) {
        try {
            Optional<AppointmentBook.Due> due = book.startRun(id);
            if (due.isEmpty()) {
                return;
            }
            AppointmentRequest r = due.get().request();
            // the grants were checked when the appointment was booked; the run belongs to its owner
            Caller owner = Caller.system(due.get().owner() == null ? "crossway" : due.get().owner());
            String job = queries.start(owner, new PatientQueryRequest(
                    r.context().by(r.context().client(), InitiatorContext.Channel.SCHEDULING), r.patient(), r.targets()));
            queries.subscribe(owner, job, e -> {
                if (ProgressEvent.COMPLETED.equals(e.type())) {
                    book.completed(id, e.summary(), e.at());
                } else if (ProgressEvent.FAILED.equals(e.type())) {
                    book.failed(id, e.message(), e.at());
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled patient query " + id + " failed", e);
            book.failed(id, e.getMessage(), Instant.now());
        }
    }
}
