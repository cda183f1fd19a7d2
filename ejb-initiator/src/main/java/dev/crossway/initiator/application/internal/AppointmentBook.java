package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.AppointmentRequest;
import dev.crossway.initiator.application.AppointmentView;
import dev.crossway.initiator.application.Appointments;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.PartnerEvents;
import dev.crossway.initiator.application.PreVisitResult;
import dev.crossway.initiator.domain.Appointment;
import dev.crossway.initiator.domain.PatientKey;
import dev.crossway.initiator.domain.StoredSummary;
import dev.crossway.initiator.infrastructure.persistence.JdbcAppointmentClaims;
import dev.crossway.initiator.infrastructure.persistence.JpaInitiatorRepository;
import dev.crossway.initiator.infrastructure.persistence.StorageJson;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/** The appointments table, in short transactions: booking, changes, claims and the end of a run. */
@Stateless
public class AppointmentBook {

    @PersistenceContext(unitName = "initiator")
    EntityManager em;
    @Inject
    PartnerEvents events;

    /** The appointment of this patient on the visit's day: the existing one (duplicate) or a new one. */
    public AppointmentView book(String owner, AppointmentRequest request, PatientKey key, Duration leadTime, Instant now) {
        JpaInitiatorRepository repo = new JpaInitiatorRepository(em);
        Optional<Appointment> existing = repo.appointmentOn(owner, key, Appointment.dayOf(request.visitTime()));
        if (existing.isPresent()) {
            return view(existing.get(), true);
        }
        Appointment a = new Appointment(owner, key, request.visitTime(), request.visitId(), leadTime, StorageJson.write(request), now);
        repo.saveAppointment(a);
        return view(a, false);
    }

    /** The owner's appointment a change names: by visit number, else by the patient and the visit's day. */
    public Optional<Appointment> find(String owner, String visitId, PatientKey key, Instant visitTime) {
        JpaInitiatorRepository repo = new JpaInitiatorRepository(em);
        if (visitId != null && !visitId.isBlank()) {
            return repo.appointmentsNumbered(owner, visitId.trim()).stream().findFirst();
        }
        if (key == null || visitTime == null) {
            return Optional.empty();
        }
        return repo.appointmentOn(owner, key, Appointment.dayOf(visitTime));
    }

    public Optional<AppointmentView> cancel(String owner, String visitId, PatientKey key, Instant visitTime, String reason, Instant now) {
        return find(owner, visitId, key, visitTime).map(a -> {
            if (!a.cancelled()) {
                a.cancel(reason, now);
            }
            return view(a, false);
        });
    }

    /** Reschedule or Modification of the appointment {@code id}; empty when the new day clashes with another of the patient's. */
    public Optional<AppointmentView> change(String id, AppointmentRequest request, PatientKey key, Duration leadTime, Instant now) {
        JpaInitiatorRepository repo = new JpaInitiatorRepository(em);
        Appointment a = repo.appointment(id).orElseThrow();
        Optional<Appointment> clash = repo.appointmentOn(a.owner(), key, Appointment.dayOf(request.visitTime()))
                .filter(other -> !other.id().equals(a.id()));
        if (clash.isPresent()) {
            return Optional.empty();
        }
        a.change(key, request.visitTime(), request.visitId(), leadTime, StorageJson.write(request), now);
        return Optional.of(view(a, false));
    }

    /** A claimed query: the client on whose behalf it runs, and what to ask. */
    public record Due(JdbcAppointmentClaims.Claim claim, String owner, AppointmentRequest request) {
    }

    /** The ids of appointments due now (pending past their time, or running past their lease). */
    public List<String> due(Instant now, int max) {
        return jdbc(c -> new JdbcAppointmentClaims(c).due(now, max));
    }

    /** Claims the appointment for this node, if no other claimant got it first. */
    public Optional<Due> claim(String id, String node, Instant now, Duration lease, int maxAttempts) {
        Optional<JdbcAppointmentClaims.Claim> claim = jdbc(c -> new JdbcAppointmentClaims(c).claim(id, node, now, lease, maxAttempts));
        return claim.flatMap(k -> new JpaInitiatorRepository(em).appointment(id)
                .map(a -> new Due(k, a.owner(), StorageJson.appointment(a.requestJson()))));
    }

    /**
     * Keeps the results and tells the owner, if the claim still holds the run (a cancelled,
     * changed or taken-over appointment keeps nothing from this run).
     */
    public boolean completed(JdbcAppointmentClaims.Claim claim, MergedSummary summary, Instant at) {
        if (!jdbc(c -> new JdbcAppointmentClaims(c).complete(claim, at))) {
            return false;
        }
        JpaInitiatorRepository repo = new JpaInitiatorRepository(em);
        Appointment a = repo.appointment(claim.appointmentId()).orElseThrow();
        em.refresh(a);
        repo.saveSummary(new StoredSummary(a.owner(), new PatientKey(a.patientKey()), a.id(), at, StorageJson.write(summary)));
        if (a.owner() != null) {
            events.publish(a.owner(), Appointments.RESULTS_READY, PreVisitEvents.resultsReady(view(a, false), summary, at));
        }
        return true;
    }

    public boolean failed(JdbcAppointmentClaims.Claim claim, String why, Instant at) {
        return jdbc(c -> new JdbcAppointmentClaims(c).fail(claim, why, at));
    }

    public Optional<PreVisitResult> result(String id) {
        JpaInitiatorRepository repo = new JpaInitiatorRepository(em);
        return repo.appointment(id).map(a -> result(repo, a));
    }

    public List<PreVisitResult> resultsOf(String owner, PatientKey key, int max) {
        JpaInitiatorRepository repo = new JpaInitiatorRepository(em);
        return repo.appointmentsOf(owner, key, max).stream().map(a -> result(repo, a)).toList();
    }

    private static PreVisitResult result(JpaInitiatorRepository repo, Appointment a) {
        return new PreVisitResult(view(a, false), repo.summaryOf(a.id()).map(s -> StorageJson.summary(s.summaryJson())).orElse(null));
    }

    public List<AppointmentView> from(String owner, Instant from, int max) {
        return new JpaInitiatorRepository(em).appointmentsFrom(owner, from, max).stream().map(a -> view(a, false)).toList();
    }

    public Optional<MergedSummary> latest(String owner, PatientKey key) {
        return new JpaInitiatorRepository(em).latestSummary(key, owner).map(s -> StorageJson.summary(s.summaryJson()));
    }

    private <T> T jdbc(ReturningWork<T> work) {
        try {
            return em.unwrap(Session.class).doReturningWork(work);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw new IllegalStateException("appointment claims: " + sql.getMessage(), sql);
            }
            throw e;
        }
    }

    static AppointmentView view(Appointment a, boolean duplicate) {
        return new AppointmentView(a.id(), a.visitId(), a.visitTime(), a.queryAt(), a.status(), duplicate, a.completedAt(), a.error(),
                a.owner(), patientName(a), a.attempts(), a.claimedBy(), a.cancelReason());
    }

    private static String patientName(Appointment a) {
        try {
            var p = StorageJson.appointment(a.requestJson()).patient();
            String last = p.lastName() == null ? "" : p.lastName();
            String first = p.firstName() == null ? "" : p.firstName();
            String name = (last + ", " + first).replaceAll("^, |, $", "");
            return name.isBlank() ? null : name;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
