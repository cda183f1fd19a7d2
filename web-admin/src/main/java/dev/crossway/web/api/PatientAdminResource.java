package dev.crossway.web.api;

import dev.crossway.web.access.Callers;
import dev.crossway.responder.application.PatientAdmin;
import dev.crossway.responder.application.PatientView;
import dev.crossway.responder.application.Registration;
import dev.crossway.responder.application.WriteOutcome;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.PatientAdminDto;
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

/**
 * Redox PatientAdmin into the patient index of a hosted community (clinical data storage): the
 * community is {@code Meta.FacilityCode}, identifiers are under its assigning authority.
 * NewPatient is idempotent: for a patient already registered it updates (or changes nothing),
 * answering 200 instead of 201, with {@code X-Crossway-Outcome} saying which.
 */
@Path("/PatientAdmin")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class PatientAdminResource {

    private static final DataModel MODEL = DataModel.PATIENT_ADMIN;

    @Inject
    Callers callers;
    @Inject
    PatientAdmin patients;

    @POST
    @Path("/NewPatient")
    public Response register(PatientAdminDto request, @Context SecurityContext caller) {
        String community = community(request, "NewPatient");
        Registration r = patients.register(Patients.toForm(community, request.patient()), callers.current());
        return Response.status(r.outcome() == WriteOutcome.CREATED ? Response.Status.CREATED : Response.Status.OK)
                .header(Idempotency.OUTCOME_HEADER, r.outcome().name())
                .entity(reply(request, "NewPatient", r.patient())).build();
    }

    @POST
    @Path("/PatientUpdate")
    public PatientAdminDto update(PatientAdminDto request, @Context SecurityContext caller) {
        String community = community(request, "PatientUpdate");
        return reply(request, "PatientUpdate", patients.update(Patients.toForm(community, request.patient()), callers.current()));
    }

    @POST
    @Path("/PatientMerge")
    public PatientAdminDto merge(PatientAdminDto request, @Context SecurityContext caller) {
        String community = community(request, "PatientMerge");
        var survivor = Patients.identifiers(request.patient(), "Patient.Identifiers").get(0);
        var retired = Patients.identifiers(request.priorPatient(), "PriorPatient.Identifiers").get(0);
        return reply(request, "PatientMerge",
                patients.merge(Requests.hostedCommunity(community), survivor, retired, callers.current()));
    }

    private static String community(PatientAdminDto request, String event) {
        Requests.requireBody(request, "Patient");
        Requests.checkMeta(request.meta(), MODEL, event);
        return Requests.facilityCode(request.meta(), "the hosted community");
    }

    private static PatientAdminDto reply(PatientAdminDto request, String event, PatientView v) {
        return new PatientAdminDto(MetaDto.reply(request.meta(), MODEL.redoxName(), event), Patients.toDto(v), null);
    }
}
