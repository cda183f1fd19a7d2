package dev.crossway.web.api;

import dev.crossway.web.access.Callers;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.DocumentStore;
import dev.crossway.web.api.error.InvalidRequestException;
import dev.crossway.responder.application.PushedDocument;
import dev.crossway.responder.application.StoredDocumentView;
import dev.crossway.responder.application.WriteOutcome;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.VisitPushResponseDto;
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

/**
 * Redox Clinical Summary VisitPush: a partner hands a document to the store that answers XCA for
 * it. Idempotent: the same document pushed again is stored once (200, {@code X-Crossway-Outcome: UNCHANGED}).
 * Without {@code Document.Data}, the visit's discrete data is rendered as a C-CDA Encounter Summary
 * (see {@link PatientPushResource}).
 */
@Path("/ClinicalSummary/VisitPush")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class VisitPushResource {

    @Inject
    Callers callers;
    @Inject
    DocumentStore documents;
    @Inject
    DiscretePushes discrete;

    @POST
    public Response push(VisitPushDto request, @Context SecurityContext caller) {
        Requests.requireBody(request, "Document");
        Requests.checkMeta(request.meta(), DataModel.CLINICAL_SUMMARY, "VisitPush");
        String community = Requests.facilityCode(request.meta(), "the hosted community");
        PatientId patient = Patients.identifiers(request.patient(), "Patient.Identifiers").get(0);
        if ((request.document() == null || request.document().data() == null) && request.hasDiscreteData()) {
            return discrete.pushVisit(request, community, patient);
        }
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
        PushedDocument pushed = documents.push(Requests.hostedCommunity(community), patient, content, fileType, callers.current());
        return Response.status(pushed.outcome() == WriteOutcome.CREATED ? Response.Status.CREATED : Response.Status.OK)
                .header(Idempotency.OUTCOME_HEADER, pushed.outcome().name())
                .entity(new VisitPushResponseDto(MetaDto.reply(request.meta(), DataModel.CLINICAL_SUMMARY.redoxName(), "VisitPush"),
                        toDto(pushed.document()))).build();
    }

    static StoredDocumentDto toDto(StoredDocumentView v) {
        return new StoredDocumentDto(v.documentUniqueId(), v.repositoryUniqueId(), v.title(), v.mimeType(), v.typeCode(),
                v.classCode(), v.formatCode(), v.creationTime(), v.size(), v.statusName(), v.confidentialityCode(),
                v.replaces(), v.relation(), v.withdrawnAt(), v.latestSummary() ? Boolean.TRUE : null);
    }
}
