package dev.crossway.initiator.application.internal;

import dev.crossway.interop.access.Caller;
import dev.crossway.initiator.application.DocumentFilter;
import dev.crossway.initiator.application.DocumentList;
import dev.crossway.initiator.application.DocumentQueries;
import dev.crossway.initiator.application.DocumentRef;
import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.application.InitiatorField;
import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.initiator.application.RetrievedDocument;
import dev.crossway.initiator.domain.Community;
import dev.crossway.initiator.infrastructure.outbound.Gateway;
import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
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
    @EJB
    InitiatorStore store;
    @Inject
    OutboundAuditLog audit;

    @Override
    public DocumentList find(Caller caller, InitiatorContext context, HomeCommunityId organization, PatientId patient, DocumentFilter filter) {
        RequestValidator.context(context);
        Access.initiate(caller, context);
        if (patient == null) {
            throw new InitiatorValidationException(InitiatorField.PATIENT_IDENTIFIERS, "the community's patient identifier is required");
        }
        Community c = community(organization, true);
        PatientId asKnownThere = patient.assigningAuthority().equals(organization.oid())
                ? store.remoteId(c.organizationId(), patient.value()).orElse(patient) : patient;
        Gateway g = outbound.gateway();
        DocumentList list;
        try {
            list = Waiting.get(g.find(context, c, asKnownThere, filter == null ? DocumentFilter.all() : filter, null),
                    g.settings().queryTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            audit.append(Accesses.of(AccessAction.DOCUMENT_QUERY, context, g.now(), null, List.of(asKnownThere),
                    List.of(c.organizationId()), List.of(), AccessOutcome.ERROR, String.valueOf(e.getMessage())));
            throw e;
        }
        boolean ok = SourceOutcome.OK.equals(list.source().status()) || list.source().error() == null;
        audit.append(Accesses.of(AccessAction.DOCUMENT_QUERY, context, g.now(), null, List.of(asKnownThere),
                List.of(c.organizationId()), list.documents().stream().map(DocumentRef::id).toList(),
                !ok ? AccessOutcome.ERROR : list.documents().isEmpty() ? AccessOutcome.NO_MATCH : AccessOutcome.SUCCESS,
                list.source().error()));
        store.saveDocumentLocations(c.organizationId(), list.documents(), java.time.Instant.now());
        return list;
    }

    @Override
    public DocumentList findByStoredLink(Caller caller, InitiatorContext context, HomeCommunityId organization,
                                         dev.crossway.initiator.application.Demographics patient, DocumentFilter filter) {
        RequestValidator.context(context);
        Access.initiate(caller, context);
        RequestValidator.patient(patient);
        if (organization == null) {
            throw new InitiatorValidationException(InitiatorField.ORGANIZATION, "the organization id is required");
        }
        List<PatientQueryRun.StoredLink> links = store.reusableLinks(caller.owner(), RequestValidator.key(patient), java.time.Instant.now())
                .getOrDefault(organization.oid().value(), List.of());
        if (links.isEmpty()) {
            throw new InitiatorValidationException(InitiatorField.PATIENT_IDENTIFIERS, "no patient link of yours at " + organization.oid().value()
                    + " within its time to live: give the community's identifier, or find the patient (PatientSearch/Query) first");
        }
        PatientQueryRun.StoredLink link = links.get(0);
        DocumentList list = find(caller, context, organization, link.remoteId(), filter);
        SourceOutcome s = list.source();
        return new DocumentList(list.documents(), new SourceOutcome(s.organizationId(), s.organizationName(), s.status(), s.elapsedMs(),
                s.error(), s.documents(), new SourceOutcome.StoredLinkUse(link.discoveredAt(), link.validUntil())));
    }

    @Override
    public RetrievedDocument retrieve(Caller caller, InitiatorContext context, HomeCommunityId organization, DocumentUniqueId document, Oid repository) {
        RequestValidator.context(context);
        Access.initiate(caller, context);
        if (document == null) {
            throw new InitiatorValidationException(InitiatorField.DOCUMENT_ID, "the document id is required");
        }
        Community c = community(organization, false);
        String repositoryId = repository != null ? repository.value()
                : store.documentRepository(c.organizationId(), document.value()).orElse(c.organizationId());
        Gateway g = outbound.gateway();
        DocumentRef ref = new DocumentRef(document.value(), repositoryId, c.organizationId(), null, null, null, null, null, null, -1);
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
                List.of(c.organizationId()), retrieved ? List.of(document.value()) : List.of(),
                retrieved ? AccessOutcome.SUCCESS : AccessOutcome.ERROR, got.source() == null ? null : got.source().error()));
        return got;
    }

    private Community community(HomeCommunityId organization, boolean query) {
        if (organization == null) {
            throw new InitiatorValidationException(InitiatorField.ORGANIZATION, "the organization id is required");
        }
        String organizationId = organization.oid().value();
        Community c = targeting.community(organizationId);
        if ((query ? c.queryUrl() : c.retrieveUrl()) == null) {
            throw new InitiatorValidationException(InitiatorField.ORGANIZATION, "organization " + organizationId + " has no "
                    + (query ? "XCA ITI-38" : "XCA ITI-39") + " endpoint");
        }
        return c;
    }
}
