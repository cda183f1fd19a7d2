package dev.crossway.initiator.application.internal;

import dev.crossway.interop.access.Caller;
import dev.crossway.initiator.application.AppointmentRequest;
import dev.crossway.initiator.application.AppointmentView;
import dev.crossway.initiator.application.Appointments;
import dev.crossway.initiator.application.Demographics;
import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.initiator.application.MergedSummary;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Scheduling/New: one pre-visit query per patient and day, its result kept for the chart. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultAppointments implements Appointments {

    private final InitiatorSettings settings = InitiatorSettings.system();

    @EJB
    AppointmentBook book;
    @EJB
    AppointmentScheduler scheduler;

    @Override
    public AppointmentView schedule(Caller caller, AppointmentRequest request) {
        if (request == null) {
            throw new InitiatorValidationException("Visit", "the appointment is required");
        }
        RequestValidator.context(request.context());
        RequestValidator.patient(request.patient());
        RequestValidator.targets(request.targets(), request.patient());
        if (request.visitTime() == null) {
            throw new InitiatorValidationException("Visit.VisitDateTime", "VisitDateTime is required");
        }
        Access.initiate(caller, request.context());
        Duration lead = settings.leadTime();
        AppointmentView v = book.book(caller.owner(), request, RequestValidator.key(request.patient()), lead, Instant.now());
        if (!v.duplicate()) {
            scheduler.arm(v.id(), v.queryAt());
        }
        return v;
    }

    @Override
    public Optional<MergedSummary> latestFor(Caller caller, Demographics patient) {
        java.util.Objects.requireNonNull(caller, "caller");
        if (patient == null) {
            throw new InitiatorValidationException("Patient", "Patient is required");
        }
        if (patient.identifiers().isEmpty()) {
            RequestValidator.patient(patient);
        }
        return book.latest(caller, RequestValidator.key(patient));
    }

    @Override
    public List<AppointmentView> upcoming(int max) {
        return book.from(Instant.now().minus(Duration.ofDays(1)), max <= 0 ? 100 : Math.min(max, 1000));
    }
}
