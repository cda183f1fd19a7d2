package dev.crossway.web.api;

import dev.crossway.interop.id.DocumentUniqueId;
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

/** ClinicalSummary DocumentWithdraw (Crossway's event): a stored document never disclosed again. */
@Path("/ClinicalSummary/DocumentWithdraw")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class DocumentWithdrawResource {

    @Inject
    Callers callers;
    @Inject
    StoredData store;

    @POST
    public DocumentChangeResponseDto withdraw(DocumentChangeDto request) {
        String community = DocumentReplaceResource.community(request, DataModel.CLINICAL_SUMMARY, "DocumentWithdraw");
        if (request.document() == null || request.document().id() == null || request.document().id().isBlank()) {
            throw new InvalidRequestException("Document.ID", "the id of the stored document to withdraw is required");
        }
        DocumentUniqueId id;
        try {
            id = new DocumentUniqueId(request.document().id());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Document.ID", "Document.ID is not a document unique id: " + e.getMessage());
        }
        return new DocumentChangeResponseDto(MetaDto.reply(request.meta(), DataModel.CLINICAL_SUMMARY.redoxName(),
                "DocumentWithdraw"), VisitPushResource.toDto(store.withdraw(Requests.hostedCommunity(community), id,
                callers.current())));
    }

}
