package dev.crossway.initiator.application.internal;

import dev.crossway.interop.access.Caller;
import dev.crossway.initiator.application.AppointmentChange;
import dev.crossway.initiator.application.AppointmentRequest;
import dev.crossway.initiator.application.AppointmentView;
import dev.crossway.initiator.application.Appointments;
import dev.crossway.initiator.application.Demographics;
import dev.crossway.initiator.application.InitiatorField;
import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.PreVisitResult;
import dev.crossway.initiator.domain.Appointment;
import dev.crossway.initiator.domain.PatientKey;
import dev.crossway.initiator.infrastructure.persistence.StorageJson;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scheduling New, Cancel, Reschedule and Modification: one pre-visit query per client, patient
 * and day, run by whichever node claims it when due ({@link AppointmentScheduler}); its result kept
 * for the appointment. Validation and grants first: a refused request changes nothing.
 */
@Stateless
public class DefaultAppointments implements Appointments {

    private final InitiatorSettings settings = InitiatorSettings.system();

    @EJB
    AppointmentBook book;

    @Override
    public AppointmentView schedule(Caller caller, AppointmentRequest request) {
        if (request == null) {
            throw new InitiatorValidationException(InitiatorField.VISIT, "the appointment is required");
        }
        validate(request);
        Access.initiate(caller, request.context());
        return book.book(caller.owner(), request, RequestValidator.key(request.patient()), settings.leadTime(), Instant.now());
    }

    private static void validate(AppointmentRequest request) {
        RequestValidator.context(request.context());
        RequestValidator.patient(request.patient());
        RequestValidator.targets(request.targets(), request.patient());
        if (request.visitTime() == null) {
            throw new InitiatorValidationException(InitiatorField.VISIT_TIME, "VisitDateTime is required");
        }
    }

    @Override
    public Optional<AppointmentView> cancel(Caller caller, AppointmentChange change) {
        Objects.requireNonNull(caller, "caller");
        requireVisit(change, change == null ? null : change.visitId(), change == null ? null : change.visitTime());
        return book.cancel(caller.owner(), change.visitId(), key(change.patient()), change.visitTime(), change.reason(), Instant.now());
    }

    @Override
    public Optional<AppointmentView> change(Caller caller, AppointmentChange change) {
        Objects.requireNonNull(caller, "caller");
        boolean named = change != null && (present(change.oldVisitId()) || change.oldVisitTime() != null);
        String visitId = change == null ? null : named ? change.oldVisitId() : change.visitId();
        Instant visitTime = change == null ? null : named ? change.oldVisitTime() : change.visitTime();
        requireVisit(change, visitId, visitTime);
        if (change.visitTime() == null) {
            throw new InitiatorValidationException(InitiatorField.VISIT_TIME, "VisitDateTime is required: the visit's new date and time");
        }
        RequestValidator.context(change.context());
        Optional<Appointment> found = book.find(caller.owner(), visitId, key(change.patient()), visitTime);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AppointmentRequest booked = StorageJson.appointment(found.get().requestJson());
        AppointmentRequest now = new AppointmentRequest(change.context(),
                change.patient() == null || change.patient().lastName() == null && change.patient().identifiers().isEmpty()
                        ? booked.patient() : change.patient(),
                change.targets() == null ? booked.targets() : change.targets(), change.visitTime(),
                present(change.visitId()) ? change.visitId().trim() : booked.visitId());
        validate(now);
        Access.initiate(caller, now.context());
        return Optional.of(book.change(found.get().id(), now, RequestValidator.key(now.patient()), settings.leadTime(), Instant.now())
                .orElseThrow(() -> new InitiatorValidationException(InitiatorField.VISIT_TIME,
                        "the patient already has another appointment on that day")));
    }

    private static void requireVisit(AppointmentChange change, String visitId, Instant visitTime) {
        if (change == null) {
            throw new InitiatorValidationException(InitiatorField.VISIT, "the visit is required");
        }
        if (!present(visitId) && (visitTime == null || change.patient() == null)) {
            throw new InitiatorValidationException(InitiatorField.VISIT_NUMBER,
                    "the visit is named by its VisitNumber, or by the Patient and the visit's VisitDateTime");
        }
    }

    /** The patient's key, or null when the change does not name the patient well enough to find a visit by it. */
    private static PatientKey key(Demographics patient) {
        if (patient == null) {
            return null;
        }
        if (patient.identifiers().isEmpty()) {
            RequestValidator.patient(patient);
        }
        return RequestValidator.key(patient);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public Optional<PreVisitResult> result(Caller caller, String appointmentId) {
        Objects.requireNonNull(caller, "caller");
        if (appointmentId == null || appointmentId.isBlank() || appointmentId.length() > 36) {
            return Optional.empty();
        }
        // another client's appointment is as unknown as one that never existed
        return book.result(appointmentId).filter(r -> caller.mayRead(r.appointment().owner()));
    }

    @Override
    public List<PreVisitResult> resultsFor(Caller caller, Demographics patient) {
        Objects.requireNonNull(caller, "caller");
        if (patient == null) {
            throw new InitiatorValidationException(InitiatorField.PATIENT, "Patient is required");
        }
        return book.resultsOf(caller.admin() ? null : caller.owner(), key(patient), 100);
    }

    @Override
    public Optional<MergedSummary> latestFor(Caller caller, Demographics patient) {
        Objects.requireNonNull(caller, "caller");
        if (patient == null) {
            throw new InitiatorValidationException(InitiatorField.PATIENT, "Patient is required");
        }
        return book.latest(caller.admin() ? null : caller.owner(), key(patient));
    }

    @Override
    public List<AppointmentView> list(Caller caller, int days, int max) {
        Objects.requireNonNull(caller, "caller");
        return book.from(caller.admin() ? null : caller.owner(), Instant.now().minus(Duration.ofDays(Math.max(0, Math.min(days, 366)))),
                max <= 0 ? 100 : Math.min(max, 1000));
    }
}
