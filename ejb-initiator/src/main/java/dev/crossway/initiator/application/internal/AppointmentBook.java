package dev.crossway.initiator.application.internal;

import dev.crossway.interop.access.Caller;
import dev.crossway.initiator.application.AppointmentRequest;
import dev.crossway.initiator.application.AppointmentView;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.domain.Appointment;
import dev.crossway.initiator.domain.PatientKey;
import dev.crossway.initiator.domain.StoredSummary;
import dev.crossway.initiator.infrastructure.persistence.JpaInitiatorRepository;
import dev.crossway.initiator.infrastructure.persistence.StorageJson;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The appointments table, in short transactions. */
@Stateless
public class AppointmentBook {

    @PersistenceContext(unitName = "initiator")
    EntityManager em;

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

    /** A scheduled query due now, and the client on whose behalf it runs. */
    public record Due(String owner, AppointmentRequest request) {
    }

    public Optional<Due> startRun(String id) {
        return new JpaInitiatorRepository(em).appointment(id).filter(Appointment::pending).map(a -> {
            a.started();
            return new Due(a.owner(), StorageJson.appointment(a.requestJson()));
        });
    }

    public void completed(String id, MergedSummary summary, Instant at) {
        JpaInitiatorRepository repo = new JpaInitiatorRepository(em);
        repo.appointment(id).ifPresent(a -> {
            a.completed(at);
            repo.saveSummary(new StoredSummary(a.owner(), new PatientKey(a.patientKey()), a.id(), at, StorageJson.write(summary)));
        });
    }

    public void failed(String id, String why, Instant at) {
        new JpaInitiatorRepository(em).appointment(id).ifPresent(a -> a.failed(at, why));
    }

    /** Pending appointments (id and when to query), to re-arm at startup. */
    public List<Object[]> pending() {
        return new JpaInitiatorRepository(em).pendingAppointments().stream()
                .map(a -> new Object[] {a.id(), a.queryAt()}).toList();
    }

    public List<AppointmentView> from(Instant from, int max) {
        return new JpaInitiatorRepository(em).appointmentsFrom(from, max).stream().map(a -> view(a, false)).toList();
    }

    public Optional<MergedSummary> latest(Caller caller, PatientKey key) {
        return new JpaInitiatorRepository(em).latestSummary(key, caller.admin() ? null : caller.owner()).map(s -> StorageJson.summary(s.summaryJson()));
    }

    static AppointmentView view(Appointment a, boolean duplicate) {
        return new AppointmentView(a.id(), a.visitId(), a.visitTime(), a.queryAt(), a.status(), duplicate, a.completedAt(), a.error());
    }
}
