package dev.crossway.web.api;

import dev.crossway.interop.access.Caller;
import dev.crossway.interop.ccda.write.CcdaWriter;
import dev.crossway.interop.ccda.write.DocumentKind;
import dev.crossway.interop.id.PatientId;
import dev.crossway.web.access.Callers;
import dev.crossway.web.api.dto.PatientDto;
import dev.crossway.web.api.dto.PatientPushDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Redox Clinical Summary PatientPush: a partner's discrete data for a patient of a hosted
 * community, rendered as a C-CDA R2.1 Continuity of Care Document ({@link CcdaWriter}) and stored
 * as VisitPush stores a document, so the network finds it by XCA. Same grants as VisitPush (the
 * caller must be granted the community). Idempotent: the document's id is derived from the
 * community, the patient and the data pushed, so the same push again stores nothing (200,
 * {@code X-Crossway-Outcome: UNCHANGED}); {@code Idempotency-Key} works as on every POST.
 */
@Path("/ClinicalSummary/PatientPush")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class PatientPushResource {

    @Inject
    Callers callers;
    @Inject
    DiscretePushes pushes;

    @POST
    public Response push(PatientPushDto request) {
        Requests.requireBody(request, "Patient");
        Requests.checkMeta(request.meta(), DataModel.CLINICAL_SUMMARY, "PatientPush");
        String community = Requests.facilityCode(request.meta(), "the hosted community");
        String patientPath = request.patient() != null || request.header() == null || request.header().patient() == null
                ? "Patient" : "Header.Patient";
        PatientDto patientDto = "Patient".equals(patientPath) ? request.patient() : request.header().patient();
        PatientId patient = Patients.identifiers(patientDto, patientPath + ".Identifiers").get(0);
        Caller caller = callers.current();
        caller.requireCommunity(community);
        DiscreteDataAssembler.Discrete discrete = DiscreteDataAssembler.of(request, patientDto, patientPath);
        String title = request.header() == null || request.header().document() == null ? null : request.header().document().title();
        DiscretePushes.Rendered rendered = pushes.render(community, patient, DocumentKind.CONTINUITY_OF_CARE, title, null,
                discrete);
        return pushes.answer(request.meta(), "PatientPush", community, patient, rendered, caller);
    }
}
