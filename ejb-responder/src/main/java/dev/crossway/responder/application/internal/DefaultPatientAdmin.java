package dev.crossway.responder.application.internal;

import dev.crossway.interop.access.Caller;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.PatientAdmin;
import dev.crossway.responder.application.PatientForm;
import dev.crossway.responder.application.PatientView;
import dev.crossway.responder.application.Registration;
import dev.crossway.responder.domain.audit.AuditTrail;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.document.DocumentRepository;
import dev.crossway.responder.domain.identity.IdentityStore;
import dev.crossway.responder.domain.patient.PatientRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;

/** The patient index: each change one transaction with its audit record. */
@Stateless
public class DefaultPatientAdmin implements PatientAdmin {

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

    private PatientService service;

    @PostConstruct
    void init() {
        Clock clock = Clock.systemUTC();
        service = new PatientService(communities, patients, documents, identities, new GatewayAudit(trail::append, clock), clock,
                AfterCommit.of(transactions));
    }

    @Override
    public Registration register(PatientForm form, Caller caller) {
        caller.requireCommunity(form.communityHcid());
        PatientService.Registered r = service.register(form, caller.userId());
        return new Registration(Views.of(r.patient()), r.outcome());
    }

    @Override
    public PatientView update(PatientForm form, Caller caller) {
        caller.requireCommunity(form.communityHcid());
        return Views.of(service.update(form, caller.userId()));
    }

    @Override
    public PatientView merge(HomeCommunityId communityId, PatientId survivor, PatientId retired, Caller caller) {
        caller.requireCommunity(communityId.oid().value());
        return Views.of(service.merge(communityId.oid().value(), survivor, retired, caller.userId()));
    }
}
