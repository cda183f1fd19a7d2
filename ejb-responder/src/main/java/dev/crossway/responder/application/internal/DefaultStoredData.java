package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.ResponderField;
import dev.crossway.interop.access.Caller;
import dev.crossway.interop.access.Grant;
import dev.crossway.interop.access.NotGrantedException;
import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.ConsentView;
import dev.crossway.responder.application.PushedDocument;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.application.StoredData;
import dev.crossway.responder.application.StoredDocumentView;
import dev.crossway.responder.application.StoredPatientView;
import dev.crossway.responder.application.WriteOutcome;
import dev.crossway.responder.domain.audit.AuditTrail;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.document.DocumentRepository;
import dev.crossway.responder.domain.document.PatientDocuments;
import dev.crossway.responder.domain.document.Relation;
import dev.crossway.responder.domain.document.StoredDocument;
import dev.crossway.responder.domain.identity.IdentityStore;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.responder.domain.patient.PatientRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The store kept current and consent respected; each call one transaction with its audit records. */
@Stateless
public class DefaultStoredData implements StoredData {

    /** The most patients one search lists. */
    static final int MAX_PATIENTS = 200;

    @Inject
    CommunityRepository communities;
    @Inject
    PatientRepository patients;
    @Inject
    DocumentRepository documents;
    @Inject
    IdentityStore identities;
    @Inject
    AuditTrail trail;
    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    private PatientService patientService;
    private StoreService service;
    private GatewayAudit audit;

    @PostConstruct
    void init() {
        Clock clock = Clock.systemUTC();
        audit = new GatewayAudit(trail::append, clock);
        patientService = new PatientService(communities, patients, documents, identities, audit, clock, AfterCommit.of(transactions));
        service = new StoreService(patientService, new DocumentService(patientService, patients, documents, audit, clock),
                documents, audit, clock);
    }

    @Override
    public ConsentView recordConsent(HomeCommunityId communityId, PatientId patient, boolean optOut, Caller caller) {
        caller.requireCommunity(communityId.oid().value());
        Patient p = service.recordConsent(communityId.oid().value(), patient, optOut, caller.userId());
        return consentOf(p, patient);
    }

    @Override
    public ConsentView consent(HomeCommunityId communityId, PatientId patient, Caller caller) {
        caller.requireCommunity(communityId.oid().value());
        return consentOf(service.patient(communityId.oid().value(), patient), patient);
    }

    @Override
    public PushedDocument replace(HomeCommunityId communityId, PatientId patient, String replaced, String relation, byte[] content,
                                  String fileType, Caller caller) {
        caller.requireCommunity(communityId.oid().value());
        Relation r;
        try {
            r = Relation.parse(relation);
        } catch (IllegalArgumentException e) {
            throw new ResponderValidationException(ResponderField.DOCUMENT_RELATION, e.getMessage());
        }
        StoredDocument d = service.replace(communityId.oid().value(), patient, replaced, r, content, fileType, caller.userId());
        return new PushedDocument(view(d, List.of(d)), WriteOutcome.CREATED);
    }

    @Override
    public StoredDocumentView withdraw(HomeCommunityId communityId, DocumentUniqueId documentUniqueId, Caller caller) {
        caller.requireCommunity(communityId.oid().value());
        StoredDocument d = service.withdraw(communityId.oid().value(), documentUniqueId.value(), caller.userId());
        return view(d, List.of(d));
    }

    @Override
    public List<StoredPatientView> patients(HomeCommunityId communityId, String search, Caller caller) {
        HostedCommunity community = administered(communityId.oid().value(), caller);
        String hcid = community.homeCommunityId().oid().value();
        List<StoredPatientView> found = patients.search(community.homeCommunityId(), search, MAX_PATIENTS).stream()
                .map(p -> {
                    PatientId main = p.identifierUnder(community.assigningAuthority()).orElse(p.identifiers().get(0));
                    return new StoredPatientView(Views.of(p), consentOf(p, main), documents.ofPatient(p.id()).size());
                }).toList();
        audit.admin(caller.userId(), hcid, null, "stored data: patients listed (search '" + (search == null ? "" : search.trim())
                + "', " + found.size() + " patient(s))");
        return found;
    }

    @Override
    public List<StoredDocumentView> documents(HomeCommunityId communityId, PatientId patient, Caller caller) {
        HostedCommunity community = administered(communityId.oid().value(), caller);
        Patient p = service.patient(communityId.oid().value(), patient);
        List<StoredDocument> all = documents.ofPatient(p.id());
        audit.admin(caller.userId(), community.homeCommunityId().oid().value(), patient.toCx(), "stored data: documents of "
                + "the patient listed (" + all.size() + ")");
        return all.stream().map(d -> view(d, all)).toList();
    }

    @Override
    public Optional<byte[]> open(HomeCommunityId communityId, DocumentUniqueId documentUniqueId, Caller caller) {
        HostedCommunity community = administered(communityId.oid().value(), caller);
        Optional<StoredDocument> d = service.find(community, documentUniqueId.value(), ResponderField.DOCUMENT_ID, "Document.ID");
        audit.admin(caller.userId(), community.homeCommunityId().oid().value(), d.map(x -> x.patient().toCx()).orElse(null),
                "stored data: document " + documentUniqueId.value() + " viewed" + (d.isEmpty() ? " (not found)" : ""));
        return d.flatMap(x -> documents.content(x.id()));
    }

    private HostedCommunity administered(String communityHcid, Caller caller) {
        if (!caller.admin()) {
            throw new NotGrantedException(Grant.COMMUNITY, communityHcid, caller.clientId());
        }
        return patientService.storedCommunity(communityHcid);
    }

    /** The view of {@code d}, knowing the unique id of the one it follows and whether it is its patient's latest summary. */
    private StoredDocumentView view(StoredDocument d, List<StoredDocument> ofPatient) {
        String parent = d.parentId().flatMap(id -> ofPatient.stream().filter(o -> id.equals(o.id())).findFirst()
                .or(() -> documents.byKey(id))).map(o -> o.uniqueId().value()).orElse(null);
        List<StoredDocument> all = ofPatient.size() > 1 ? ofPatient : documents.ofPatient(d.patientKey());
        boolean latest = PatientDocuments.latestSummary(all).map(d::equals).orElse(false);
        return Views.of(d, parent, latest);
    }

    private static ConsentView consentOf(Patient p, PatientId id) {
        return p.consent().map(c -> new ConsentView(p.community().oid().value(), id, c.optedOut(), c.recordedAt(), c.recordedBy()))
                .orElseGet(() -> new ConsentView(p.community().oid().value(), id, false, null, null));
    }
}
