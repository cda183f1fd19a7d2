package dev.crossway.initiator.application.internal;

import dev.crossway.interop.access.Caller;
import dev.crossway.initiator.application.DocumentFilter;
import dev.crossway.initiator.application.DocumentList;
import dev.crossway.initiator.application.DocumentQueries;
import dev.crossway.initiator.application.DocumentRef;
import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.initiator.application.RetrievedDocument;
import dev.crossway.initiator.domain.Community;
import dev.crossway.initiator.infrastructure.outbound.Gateway;
import dev.crossway.interop.id.PatientId;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** XCA query and retrieve at one community. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultDocumentQueries implements DocumentQueries {

    @EJB
    Targeting targeting;
    @EJB
    OutboundGateway outbound;

    @Override
    public DocumentList find(Caller caller, InitiatorContext context, String organizationId, PatientId patient, DocumentFilter filter) {
        RequestValidator.context(context);
        Access.initiate(caller, context);
        if (patient == null) {
            throw new InitiatorValidationException("Patient.Identifiers", "the community's patient identifier is required");
        }
        Community c = community(organizationId, true);
        Gateway g = outbound.gateway();
        return Waiting.get(g.find(context, c, patient, filter == null ? DocumentFilter.all() : filter, null),
                g.settings().queryTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
    }

    @Override
    public RetrievedDocument retrieve(Caller caller, InitiatorContext context, String organizationId, String repositoryUniqueId,
                                      String documentId) {
        RequestValidator.context(context);
        Access.initiate(caller, context);
        if (documentId == null || documentId.isBlank()) {
            throw new InitiatorValidationException("Document.ID", "the document id is required");
        }
        if (repositoryUniqueId == null || repositoryUniqueId.isBlank()) {
            throw new InitiatorValidationException("Document.RepositoryUniqueID", "the repository unique id is required");
        }
        Community c = community(organizationId, false);
        Gateway g = outbound.gateway();
        DocumentRef ref = new DocumentRef(documentId, repositoryUniqueId, c.organizationId(), null, null, null, null, null, null, -1);
        List<RetrievedDocument> got = Waiting.get(g.retrieve(context, c, List.of(ref), null),
                g.settings().retrieveTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
        return got.get(0);
    }

    private Community community(String organizationId, boolean query) {
        if (organizationId == null || !dev.crossway.interop.id.Oid.isValid(organizationId)) {
            throw new InitiatorValidationException("Meta.FacilityCode", "the organization id must be an OID");
        }
        Community c = targeting.community(organizationId);
        if ((query ? c.queryUrl() : c.retrieveUrl()) == null) {
            throw new InitiatorValidationException("Meta.FacilityCode", "organization " + organizationId + " has no "
                    + (query ? "XCA ITI-38" : "XCA ITI-39") + " endpoint");
        }
        return c;
    }
}
