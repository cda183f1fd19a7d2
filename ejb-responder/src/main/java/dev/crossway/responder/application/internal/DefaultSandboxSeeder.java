package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.PatientForm;
import dev.crossway.responder.application.SandboxSeeder;
import dev.crossway.responder.domain.audit.AuditTrail;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.document.ContentDigest;
import dev.crossway.responder.domain.document.DocumentRepository;
import dev.crossway.responder.domain.document.StoredDocument;
import dev.crossway.responder.domain.identity.IdentityStore;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.responder.domain.patient.PatientRepository;
import dev.crossway.interop.id.HomeCommunityId;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;

/** Seeds the sandbox in one transaction; what already exists is left as it is. */
@Stateless
public class DefaultSandboxSeeder implements SandboxSeeder {

    private static final Logger LOG = Logger.getLogger(DefaultSandboxSeeder.class.getName());

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

    @Override
    public void seed(Path samplesDir, String actor) {
        Clock clock = Clock.systemUTC();
        GatewayAudit audit = new GatewayAudit(trail::append, clock);
        PatientService patientService = new PatientService(communities, patients, documents, identities, audit, clock,
                AfterCommit.of(transactions));
        new SandboxSeeding(new CommunityService(communities, audit, clock), patientService,
                new DocumentService(patientService, patients, documents, audit, clock), communities, patients, documents)
                .seed(samplesDir, actor);
    }

    /** The seeding steps over the services, reusable outside the container. */
    record SandboxSeeding(CommunityService communityService, PatientService patientService, DocumentService documentService,
                          CommunityRepository communities, PatientRepository patients, DocumentRepository documents) {

        void seed(Path samplesDir, String actor) {
            Path dir = samplesDir.resolve("ccda/hl7-c-cda-examples");
            for (int n = 1; n <= 3; n++) {
                HomeCommunityId hcid = HomeCommunityId.of(SandboxData.hcid(n));
                if (communities.find(hcid).isEmpty()) {
                    communityService.save(SandboxData.community(n), actor);
                }
                PatientForm alice = SandboxData.alice(n);
                Patient p = patients.byIdentifier(hcid, alice.identifiers().get(0))
                        .orElseGet(() -> patientService.register(alice, actor).patient());
                for (PatientForm other : SandboxData.others(n)) {
                    if (patients.byIdentifier(hcid, other.identifiers().get(0)).isEmpty()) {
                        patientService.register(other, actor);
                    }
                }
                for (String file : SandboxData.DOCUMENTS.get(n)) {
                    push(dir.resolve(file), hcid, p, alice, actor);
                }
            }
        }

        private void push(Path file, HomeCommunityId hcid, Patient p, PatientForm alice, String actor) {
            if (!Files.isReadable(file)) {
                LOG.warning("sandbox sample missing, skipped: " + file);
                return;
            }
            try {
                byte[] content = Files.readAllBytes(file);
                String sha256 = ContentDigest.of(content).sha256();
                boolean present = documents.ofPatient(p.id()).stream().map(StoredDocument::sha256).anyMatch(sha256::equals);
                if (!present) {
                    documentService.push(hcid.oid().value(), alice.identifiers().get(0), content, "XML", actor);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
