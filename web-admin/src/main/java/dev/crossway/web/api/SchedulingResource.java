package dev.crossway.web.api;

import dev.crossway.initiator.application.AppointmentChange;
import dev.crossway.initiator.application.AppointmentRequest;
import dev.crossway.initiator.application.AppointmentView;
import dev.crossway.initiator.application.Appointments;
import dev.crossway.initiator.application.PreVisitResult;
import dev.crossway.initiator.application.Targets;
import dev.crossway.interop.access.Caller;
import dev.crossway.web.access.Callers;
import dev.crossway.web.api.dto.AppointmentDto;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.PatientDto;
import dev.crossway.web.api.dto.PatientSearchDto;
import dev.crossway.web.api.dto.PreVisitResultDto;
import dev.crossway.web.api.dto.PreVisitResultsDto;
import dev.crossway.web.api.dto.SchedulingResponseDto;
import dev.crossway.web.api.error.ApiError;
import dev.crossway.web.api.error.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Redox Scheduling: New books a patient query ahead of the visit; Cancel, Reschedule and
 * Modification change it. The results of a pre-visit query are read by appointment or by
 * patient; what a client booked only that client (or an administrator) sees: for anyone else it
 * does not exist (404).
 */
@Path("/Scheduling")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class SchedulingResource {

    private static final DataModel MODEL = DataModel.SCHEDULING;

    @Inject
    Callers callers;
    @Inject
    Appointments appointments;

    /**
     * Body: {@code {"Meta", "Patient", "Visit": {"VisitNumber", "VisitDateTime", "OldVisitNumber"?,
     * "OldDateTime"?, "CancelReason"?}, "Targets"?}} (Redox's Scheduling shapes; Targets is Crossway's).
     */
    public record SchedulingDto(MetaDto meta, PatientDto patient, Visit visit, PatientSearchDto.TargetsDto targets) {
        public record Visit(String visitNumber, String visitDateTime, String oldVisitNumber, String oldDateTime, String cancelReason) {
        }
    }

    /** Body of a query by patient: {@code {"Meta"?, "Patient": {"Identifiers" or "Demographics"}}}. */
    public record PatientResultsQueryDto(MetaDto meta, PatientDto patient) {
    }

    @POST
    @Path("/New")
    public Response schedule(SchedulingDto request) {
        SchedulingDto r = Requests.requireBody(request, "Visit");
        Requests.checkMeta(r.meta(), MODEL, "New");
        if (r.visit() == null || r.visit().visitDateTime() == null) {
            throw new InvalidRequestException("Visit.VisitDateTime", "the visit's date and time are required");
        }
        Caller caller = callers.current();
        AppointmentView view = appointments.schedule(caller, new AppointmentRequest(
                Initiators.context(r.meta(), caller.userId()), Initiators.demographics(r.patient()), targets(r),
                time(r.visit().visitDateTime(), "Visit.VisitDateTime"), r.visit().visitNumber()));
        return Response.status(view.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .entity(new SchedulingResponseDto(MetaDto.reply(r.meta(), MODEL.redoxName(), "New"), AppointmentDto.of(view)))
                .build();
    }

    @POST
    @Path("/Cancel")
    public Response cancel(SchedulingDto request) {
        SchedulingDto r = visit(request, "Cancel");
        return answer(r, "Cancel", appointments.cancel(callers.current(), change(r, false)));
    }

    @POST
    @Path("/Reschedule")
    public Response reschedule(SchedulingDto request) {
        SchedulingDto r = visit(request, "Reschedule");
        return answer(r, "Reschedule", appointments.change(callers.current(), change(r, true)));
    }

    @POST
    @Path("/Modification")
    public Response modification(SchedulingDto request) {
        SchedulingDto r = visit(request, "Modification");
        return answer(r, "Modification", appointments.change(callers.current(), change(r, false)));
    }

    @GET
    @Path("/Appointments/{id}")
    public Response appointment(@PathParam("id") String id) {
        return appointments.result(callers.current(), id).map(r -> Response.ok(result(r)).build())
                .orElseGet(() -> notFound(id));
    }

    @POST
    @Path("/Appointments/Query")
    public PreVisitResultsDto byPatient(PatientResultsQueryDto request) {
        PatientResultsQueryDto r = Requests.requireBody(request, "Patient");
        if (r.patient() == null) {
            throw new InvalidRequestException("Patient", "the patient (Identifiers or Demographics) is required");
        }
        return new PreVisitResultsDto(MetaDto.reply(r.meta(), MODEL.redoxName(), "AppointmentsQueryResponse"),
                appointments.resultsFor(callers.current(), Initiators.demographics(r.patient())).stream()
                        .map(SchedulingResource::result).toList());
    }

    /** The appointment, and its results as a PatientQueryResponse. */
    static PreVisitResultDto result(PreVisitResult r) {
        return new PreVisitResultDto(AppointmentDto.of(r.appointment()),
                r.summary() == null ? null : ClinicalSummaryResource.reply(null, r.summary()));
    }

    private static SchedulingDto visit(SchedulingDto request, String event) {
        SchedulingDto r = Requests.requireBody(request, "Visit");
        Requests.checkMeta(r.meta(), MODEL, event);
        if (r.visit() == null) {
            throw new InvalidRequestException("Visit", "the visit is required");
        }
        return r;
    }

    private AppointmentChange change(SchedulingDto r, boolean reschedule) {
        SchedulingDto.Visit v = r.visit();
        return new AppointmentChange(Initiators.context(r.meta(), callers.current().userId()),
                r.patient() == null ? null : Initiators.demographics(r.patient()), r.targets() == null ? null : targets(r),
                v.visitNumber(), v.visitDateTime() == null ? null : time(v.visitDateTime(), "Visit.VisitDateTime"),
                reschedule ? v.oldVisitNumber() : null,
                reschedule && v.oldDateTime() != null ? time(v.oldDateTime(), "Visit.OldDateTime") : null, v.cancelReason());
    }

    private static Targets targets(SchedulingDto r) {
        return Initiators.targets(new PatientSearchDto(r.meta(), r.patient(), r.targets(), null, null));
    }

    private static Response answer(SchedulingDto r, String event, Optional<AppointmentView> view) {
        return view.map(v -> Response.ok(new SchedulingResponseDto(MetaDto.reply(r.meta(), MODEL.redoxName(), event),
                AppointmentDto.of(v))).build()).orElseGet(() -> notFound(r.visit().visitNumber()));
    }

    private static Response notFound(String what) {
        return ApiError.response(Response.Status.NOT_FOUND, "NotFound", "no such appointment" + (what == null ? "" : ": " + what),
                "Visit");
    }

    private static Instant time(String value, String field) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field.substring(field.indexOf('.') + 1)
                    + " must be ISO-8601, e.g. 2026-12-01T09:30:00Z");
        }
    }
}
