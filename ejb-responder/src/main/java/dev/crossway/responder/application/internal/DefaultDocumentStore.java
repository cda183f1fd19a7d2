package dev.crossway.responder.application.internal;

import dev.crossway.interop.access.Caller;
import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.DocumentStore;
import dev.crossway.responder.application.PushedDocument;
import dev.crossway.responder.application.StoredDocumentView;
import dev.crossway.responder.domain.audit.AuditTrail;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.document.DocumentRepository;
import dev.crossway.responder.domain.identity.IdentityStore;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.responder.domain.patient.PatientRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The document store: a push is one transaction (metadata, bytes and audit record, or nothing). */
@Stateless
public class DefaultDocumentStore implements DocumentStore {

    @Inject
    CommunityRepository communities;
    @Inject
    PatientRepository patients;
    @Inject
    DocumentRepository documents;
    @Inject
    IdentityStore identities;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    AuditTrail trail;

    private PatientService patientService;
    private DocumentService service;

    @PostConstruct
    void init() {
        Clock clock = Clock.systemUTC();
        GatewayAudit audit = new GatewayAudit(trail::append, clock);
        patientService = new PatientService(communities, patients, documents, identities, audit, clock,
                AfterCommit.of(transactions));
        service = new DocumentService(patientService, patients, documents, audit, clock);
    }

    @Override
    public PushedDocument push(HomeCommunityId communityId, PatientId patient, byte[] content, String fileType, Caller caller) {
        caller.requireCommunity(communityId.oid().value());
        DocumentService.Pushed p = service.push(communityId.oid().value(), patient, content, fileType, caller.userId());
        return new PushedDocument(Views.of(p.document()), p.outcome());
    }

    @Override
    public List<StoredDocumentView> forPatient(HomeCommunityId communityId, PatientId patient) {
        Patient p = service.patient(patientService.storedCommunity(communityId.oid().value()), patient);
        return documents.ofPatient(p.id()).stream().map(Views::of).toList();
    }

    @Override
    public Optional<byte[]> content(HomeCommunityId communityId, DocumentUniqueId documentUniqueId) {
        var community = patientService.storedCommunity(communityId.oid().value());
        return documents.byUniqueId(community.homeCommunityId(), documentUniqueId).flatMap(d -> documents.content(d.id()));
    }
}
