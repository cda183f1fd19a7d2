package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.ResponderField;
import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.DocumentNotFoundException;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.application.WriteOutcome;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.document.DocumentRepository;
import dev.crossway.responder.domain.document.Relation;
import dev.crossway.responder.domain.document.StoredDocument;
import dev.crossway.responder.domain.patient.Patient;
import java.time.Clock;
import java.util.Optional;

/**
 * Keeps the store current and records consent: a patient's opt-out of (or back in to) network
 * disclosure, a document replaced (RPLC) or appended to (APND) by a new one, a document withdrawn.
 * Each is audited; a consent change forgets the community's cached XCPD answers at once, since a
 * cached match would otherwise keep disclosing an opted-out patient for the cache's time to live.
 */
final class StoreService {

    private final PatientService patientService;
    private final DocumentService documentService;
    private final DocumentRepository documents;
    private final GatewayAudit audit;
    private final Clock clock;

    StoreService(PatientService patientService, DocumentService documentService, DocumentRepository documents,
                 GatewayAudit audit, Clock clock) {
        this.patientService = patientService;
        this.documentService = documentService;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    Patient recordConsent(String communityHcid, PatientId patientId, boolean optOut, String actor) {
        HostedCommunity community = patientService.storedCommunity(communityHcid);
        Patient patient = documentService.patient(community, patientId);
        boolean changed = patient.recordConsent(optOut, clock.instant(), actor);
        String hcid = community.homeCommunityId().oid().value();
        patientService.forgetCachedAnswers(community, patient);
        audit.admin(actor, hcid, main(community, patient, patientId).toCx(), (optOut
                ? "consent: patient opted out of network disclosure (XCPD and XCA answer as for an unknown patient)"
                : "consent: patient opted back in to network disclosure") + (changed ? "" : " (already recorded, unchanged)"));
        return patient;
    }

    Patient patient(String communityHcid, PatientId patientId) {
        return documentService.patient(patientService.storedCommunity(communityHcid), patientId);
    }

    /** The new document, stored and linked to the one it follows. */
    StoredDocument replace(String communityHcid, PatientId patientId, String replacedId, Relation relation, byte[] content,
                           String fileType, String actor) {
        HostedCommunity community = patientService.storedCommunity(communityHcid);
        Patient patient = documentService.patient(community, patientId);
        StoredDocument old = find(community, replacedId, ResponderField.DOCUMENT_REPLACES, "Document.Replaces").filter(d -> d.patientKey() == patient.id())
                .orElseThrow(() -> notFound(community, replacedId, ResponderField.DOCUMENT_REPLACES));
        if (old.isWithdrawn()) {
            throw new ResponderValidationException(ResponderField.DOCUMENT_REPLACES, "document " + replacedId
                    + " was withdrawn: push the new one as a new document");
        }
        if (relation == Relation.RPLC && StoredDocument.DEPRECATED.equals(old.status())) {
            String by = documents.successors(old.id()).stream().filter(s -> s.relation().orElse(null) == Relation.RPLC)
                    .map(s -> s.uniqueId().value()).findFirst().orElse("another document");
            throw new ResponderValidationException(ResponderField.DOCUMENT_REPLACES, "document " + replacedId + " was already replaced by "
                    + by + ": replace that one");
        }
        DocumentService.Pushed pushed = documentService.push(communityHcid, patientId, content, fileType, actor);
        if (pushed.outcome() == WriteOutcome.UNCHANGED) {
            throw new ResponderValidationException(ResponderField.DOCUMENT_CONTENT, "this document is already stored as "
                    + pushed.document().uniqueId().value() + ": a replacement must be a new document");
        }
        StoredDocument replacement = pushed.document();
        replacement.succeed(old, relation);
        audit.admin(actor, community.homeCommunityId().oid().value(), old.patient().toCx(), "document "
                + replacement.uniqueId().value() + (relation == Relation.RPLC ? " replaces " : " appends to ")
                + replacedId + " (" + relation + ")" + (relation == Relation.RPLC ? "; " + replacedId + " deprecated" : ""));
        return replacement;
    }

    StoredDocument withdraw(String communityHcid, String documentId, String actor) {
        HostedCommunity community = patientService.storedCommunity(communityHcid);
        StoredDocument d = find(community, documentId, ResponderField.DOCUMENT_ID, "Document.ID").orElseThrow(() -> notFound(community, documentId, ResponderField.DOCUMENT_ID));
        if (!d.isWithdrawn()) {
            d.withdraw(clock.instant(), actor);
            audit.admin(actor, community.homeCommunityId().oid().value(), d.patient().toCx(), "document " + documentId
                    + " withdrawn: no longer disclosed to the network");
        }
        return d;
    }

    Optional<StoredDocument> find(HostedCommunity community, String documentId, ResponderField field, String name) {
        if (documentId == null || documentId.isBlank()) {
            throw new ResponderValidationException(field, name + " is required");
        }
        try {
            return documents.byUniqueId(community.homeCommunityId(), new DocumentUniqueId(documentId.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static DocumentNotFoundException notFound(HostedCommunity community, String documentId, ResponderField field) {
        return new DocumentNotFoundException(field, "community " + community.homeCommunityId() + " holds no document "
                + documentId + (field == ResponderField.DOCUMENT_REPLACES ? " of this patient" : ""));
    }

    private static PatientId main(HostedCommunity community, Patient p, PatientId asked) {
        return p.identifierUnder(community.assigningAuthority()).orElse(asked);
    }
}
