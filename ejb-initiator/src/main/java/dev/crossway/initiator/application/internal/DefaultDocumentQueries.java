package dev.crossway.initiator.application.internal;

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
import jakarta.inject.Inject;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.domain.audit.AccessAction;
import dev.crossway.initiator.domain.audit.AccessOutcome;
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
    @Inject
    OutboundAuditLog audit;

    @Override
    public DocumentList find(InitiatorContext context, String organizationId, PatientId patient, DocumentFilter filter) {
        RequestValidator.context(context);
        if (patient == null) {
            throw new InitiatorValidationException("Patient.Identifiers", "the community's patient identifier is required");
        }
        Community c = community(organizationId, true);
        Gateway g = outbound.gateway();
        DocumentList list;
        try {
            list = Waiting.get(g.find(context, c, patient, filter == null ? DocumentFilter.all() : filter, null),
                    g.settings().queryTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            audit.append(Accesses.of(AccessAction.DOCUMENT_QUERY, context, g.now(), null, List.of(patient),
                    List.of(c.organizationId()), List.of(), AccessOutcome.ERROR, String.valueOf(e.getMessage())));
            throw e;
        }
        boolean ok = SourceOutcome.OK.equals(list.source().status()) || list.source().error() == null;
        audit.append(Accesses.of(AccessAction.DOCUMENT_QUERY, context, g.now(), null, List.of(patient),
                List.of(c.organizationId()), list.documents().stream().map(DocumentRef::id).toList(),
                !ok ? AccessOutcome.ERROR : list.documents().isEmpty() ? AccessOutcome.NO_MATCH : AccessOutcome.SUCCESS,
                list.source().error()));
        return list;
    }

    @Override
    public RetrievedDocument retrieve(InitiatorContext context, String organizationId, String repositoryUniqueId, String documentId) {
        RequestValidator.context(context);
        if (documentId == null || documentId.isBlank()) {
            throw new InitiatorValidationException("Document.ID", "the document id is required");
        }
        if (repositoryUniqueId == null || repositoryUniqueId.isBlank()) {
            throw new InitiatorValidationException("Document.RepositoryUniqueID", "the repository unique id is required");
        }
        Community c = community(organizationId, false);
        Gateway g = outbound.gateway();
        DocumentRef ref = new DocumentRef(documentId, repositoryUniqueId, c.organizationId(), null, null, null, null, null, null, -1);
        RetrievedDocument got;
        try {
            got = Waiting.get(g.retrieve(context, c, List.of(ref), null),
                    g.settings().retrieveTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS).get(0);
        } catch (RuntimeException e) {
            audit.append(Accesses.of(AccessAction.DOCUMENT_GET, context, g.now(), null, List.of(),
                    List.of(c.organizationId()), List.of(), AccessOutcome.ERROR, String.valueOf(e.getMessage())));
            throw e;
        }
        boolean retrieved = got.content() != null;
        audit.append(Accesses.of(AccessAction.DOCUMENT_GET, context, g.now(), null, List.of(),
                List.of(c.organizationId()), retrieved ? List.of(documentId) : List.of(),
                retrieved ? AccessOutcome.SUCCESS : AccessOutcome.ERROR, got.source() == null ? null : got.source().error()));
        return got;
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
