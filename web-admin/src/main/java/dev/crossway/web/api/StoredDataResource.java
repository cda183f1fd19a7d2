package dev.crossway.web.api;

import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.ConsentView;
import dev.crossway.responder.application.PushedDocument;
import dev.crossway.responder.application.StoredData;
import dev.crossway.web.access.Callers;
import dev.crossway.web.api.dto.ConsentDto;
import dev.crossway.web.api.dto.DocumentChangeDto;
import dev.crossway.web.api.dto.DocumentChangeResponseDto;
import dev.crossway.web.api.dto.IdentifierDto;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.PatientDto;
import dev.crossway.web.api.error.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The stored data kept current and consent respected (Crossway's events, in the Redox shape):
 * a document replaced or withdrawn, a patient's opt-out of network disclosure recorded. A partner
 * may do so for the communities it was granted, an administrator for any.
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class StoredDataResource {

    static final String OPT_OUT = "OptOut";
    static final String OPT_IN = "OptIn";

    @Inject
    Callers callers;
    @Inject
    StoredData store;

    @POST
    @Path("ClinicalSummary/DocumentReplace")
    public Response replace(DocumentChangeDto request) {
        String community = community(request, DataModel.CLINICAL_SUMMARY, "DocumentReplace");
        PatientId patient = Patients.identifiers(request.patient(), "Patient.Identifiers").get(0);
        var d = request.document();
        if (d == null || d.replaces() == null || d.replaces().isBlank()) {
            throw new InvalidRequestException("Document.Replaces", "the id of the stored document this one replaces is required");
        }
        if (d.data() == null || d.data().isBlank()) {
            throw new InvalidRequestException("Document.Data", "the document, base64 encoded, is required");
        }
        byte[] content;
        try {
            content = Base64.getMimeDecoder().decode(d.data());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Document.Data", "Document.Data is not valid base64");
        }
        PushedDocument pushed = store.replace(community, patient, d.replaces(), d.relation(), content,
                d.fileType() == null ? "XML" : d.fileType(), callers.current());
        return Response.status(Response.Status.CREATED).entity(new DocumentChangeResponseDto(
                MetaDto.reply(request.meta(), DataModel.CLINICAL_SUMMARY.redoxName(), "DocumentReplace"),
                VisitPushResource.toDto(pushed.document()))).build();
    }

    @POST
    @Path("ClinicalSummary/DocumentWithdraw")
    public DocumentChangeResponseDto withdraw(DocumentChangeDto request) {
        String community = community(request, DataModel.CLINICAL_SUMMARY, "DocumentWithdraw");
        if (request.document() == null || request.document().id() == null || request.document().id().isBlank()) {
            throw new InvalidRequestException("Document.ID", "the id of the stored document to withdraw is required");
        }
        return new DocumentChangeResponseDto(MetaDto.reply(request.meta(), DataModel.CLINICAL_SUMMARY.redoxName(),
                "DocumentWithdraw"), VisitPushResource.toDto(store.withdraw(community, request.document().id(), callers.current())));
    }

    @POST
    @Path("PatientAdmin/Consent")
    public ConsentDto consent(ConsentDto request) {
        Requests.requireBody(request, "Consent");
        Requests.checkMeta(request.meta(), DataModel.PATIENT_ADMIN, "Consent");
        String community = Requests.facilityCode(request.meta(), "the hosted community");
        PatientId patient = Patients.identifiers(request.patient(), "Patient.Identifiers").get(0);
        String choice = request.consent() == null ? null : request.consent().networkDisclosure();
        boolean optOut;
        if (choice != null && choice.trim().toLowerCase(Locale.ROOT).equals(OPT_OUT.toLowerCase(Locale.ROOT))) {
            optOut = true;
        } else if (choice != null && choice.trim().toLowerCase(Locale.ROOT).equals(OPT_IN.toLowerCase(Locale.ROOT))) {
            optOut = false;
        } else {
            throw new InvalidRequestException("Consent.NetworkDisclosure", "Consent.NetworkDisclosure must be OptOut or OptIn");
        }
        ConsentView v = store.recordConsent(community, patient, optOut, callers.current());
        return new ConsentDto(MetaDto.reply(request.meta(), DataModel.PATIENT_ADMIN.redoxName(), "Consent"),
                new PatientDto(List.of(new IdentifierDto(v.patient().value(), v.patient().assigningAuthority().value())), null),
                new ConsentDto.ConsentBody(v.optedOut() ? OPT_OUT : OPT_IN, v.recordedAt(), v.recordedBy()));
    }

    private static String community(DocumentChangeDto request, DataModel model, String event) {
        Requests.requireBody(request, "Document");
        Requests.checkMeta(request.meta(), model, event);
        return Requests.facilityCode(request.meta(), "the hosted community");
    }
}
