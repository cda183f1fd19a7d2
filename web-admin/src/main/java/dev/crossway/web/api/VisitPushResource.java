package dev.crossway.web.api;

import dev.crossway.web.access.Callers;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.DocumentStore;
import dev.crossway.web.api.error.InvalidRequestException;
import dev.crossway.responder.application.StoredDocumentView;
import dev.crossway.web.api.dto.StoredDocumentDto;
import dev.crossway.web.api.dto.VisitPushDto;
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
import java.util.Base64;
import java.util.Map;

/** Redox ClinicalSummary VisitPush: a partner hands a document to the store that answers XCA for it. */
@Path("/ClinicalSummary/VisitPush")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class VisitPushResource {

    @Inject
    Callers callers;
    @Inject
    DocumentStore documents;

    @POST
    public Response push(VisitPushDto request, @Context SecurityContext caller) {
        Requests.requireBody(request, "Document");
        String community = Requests.facilityCode(request.meta(), "the hosted community");
        PatientId patient = Patients.identifiers(request.patient(), "Patient.Identifiers").get(0);
        if (request.document() == null || request.document().data() == null || request.document().data().isBlank()) {
            throw new InvalidRequestException("Document.Data", "the document, base64 encoded, is required");
        }
        byte[] content;
        try {
            content = Base64.getMimeDecoder().decode(request.document().data());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Document.Data", "Document.Data is not valid base64");
        }
        String fileType = request.document().fileType() == null ? "XML" : request.document().fileType();
        StoredDocumentView stored = documents.push(community, patient, content, fileType, callers.current());
        return Response.status(Response.Status.CREATED).entity(Map.of("Document", toDto(stored))).build();
    }

    static StoredDocumentDto toDto(StoredDocumentView v) {
        return new StoredDocumentDto(v.documentUniqueId(), v.repositoryUniqueId(), v.title(), v.mimeType(), v.typeCode(),
                v.classCode(), v.formatCode(), v.creationTime(), v.size());
    }
}
