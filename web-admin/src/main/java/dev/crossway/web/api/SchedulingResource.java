package dev.crossway.web.api;

import dev.crossway.web.access.Callers;
import dev.crossway.web.api.error.InvalidRequestException;
import dev.crossway.initiator.application.AppointmentRequest;
import dev.crossway.initiator.application.AppointmentView;
import dev.crossway.initiator.application.Appointments;
import dev.crossway.web.api.dto.AppointmentDto;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.SchedulingResponseDto;
import dev.crossway.web.api.dto.PatientDto;
import dev.crossway.web.api.dto.PatientSearchDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Redox Scheduling/New: an appointment schedules a patient query ahead of the visit. */
@Path("/Scheduling")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class SchedulingResource {

    @Inject
    Callers callers;
    @Inject
    Appointments appointments;

    /** Body: {@code {"Meta", "Patient", "Visit": {"VisitNumber", "VisitDateTime"}, "Targets"?}}. */
    public record SchedulingDto(MetaDto meta, PatientDto patient, Visit visit, PatientSearchDto.TargetsDto targets) {
        public record Visit(String visitNumber, String visitDateTime) {
        }
    }

    @POST
    @Path("/New")
    public Response schedule(SchedulingDto request, @Context SecurityContext caller) {
        if (request != null) {
            Requests.checkMeta(request.meta(), DataModel.SCHEDULING, "New");
        }
        if (request == null || request.visit() == null || request.visit().visitDateTime() == null) {
            throw new InvalidRequestException("Visit.VisitDateTime", "the visit's date and time are required");
        }
        Instant visit;
        try {
            visit = Instant.parse(request.visit().visitDateTime());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("Visit.VisitDateTime", "VisitDateTime must be ISO-8601, e.g. 2026-12-01T09:30:00Z");
        }
        PatientSearchDto search = new PatientSearchDto(request.meta(), request.patient(), request.targets(), null, null);
        AppointmentView view = appointments.schedule(callers.current(), new AppointmentRequest(
                Initiators.context(request.meta(), callers.current().userId()),
                Initiators.demographics(request.patient()), Initiators.targets(search), visit, request.visit().visitNumber()));
        AppointmentDto appointment = new AppointmentDto(view.id(), view.visitId(), view.visitTime(), view.queryAt(), view.status(),
                view.duplicate(), view.completedAt(), view.error());
        return Response.status(view.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .entity(new SchedulingResponseDto(MetaDto.reply(request.meta(), DataModel.SCHEDULING.redoxName(), "New"), appointment))
                .build();
    }
}
