package dev.crossway.web.api;

import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.PushedDocument;
import dev.crossway.responder.application.StoredData;
import dev.crossway.web.access.Callers;
import dev.crossway.web.api.dto.DocumentChangeDto;
import dev.crossway.web.api.dto.DocumentChangeResponseDto;
import dev.crossway.web.api.dto.MetaDto;
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

/**
 * ClinicalSummary DocumentReplace (Crossway's event, in the shape of VisitPush): a new version of a
 * stored document, RPLC (the old one Deprecated) or APND. A partner for the communities it was
 * granted, an administrator for any. (A class per path, as VisitPush: RESTEasy picks the root
 * resource with the longest matching path and would not look past {@code /ClinicalSummary}.)
 */
@Path("/ClinicalSummary/DocumentReplace")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class DocumentReplaceResource {

    @Inject
    Callers callers;
    @Inject
    StoredData store;

    @POST
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
        PushedDocument pushed = store.replace(Requests.hostedCommunity(community), patient, d.replaces(), d.relation(), content,
                d.fileType() == null ? "XML" : d.fileType(), callers.current());
        return Response.status(Response.Status.CREATED).entity(new DocumentChangeResponseDto(
                MetaDto.reply(request.meta(), DataModel.CLINICAL_SUMMARY.redoxName(), "DocumentReplace"),
                VisitPushResource.toDto(pushed.document()))).build();
    }

    static String community(DocumentChangeDto request, DataModel model, String event) {
        Requests.requireBody(request, "Document");
        Requests.checkMeta(request.meta(), model, event);
        return Requests.facilityCode(request.meta(), "the hosted community");
    }
}
