package dev.crossway.responder.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.CommunityForm;
import dev.crossway.responder.application.PatientForm;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.document.DocumentCriteria;
import dev.crossway.responder.domain.document.PatientDocuments;
import dev.crossway.responder.domain.document.Relation;
import dev.crossway.responder.domain.document.StoredDocument;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.responder.infrastructure.persistence.JpaCommunityRepository;
import dev.crossway.responder.infrastructure.persistence.JpaDocumentRepository;
import dev.crossway.responder.infrastructure.persistence.JpaPatientRepository;
import dev.crossway.responder.support.MapIdentityStore;
import dev.crossway.responder.support.TestDatabase;
import dev.crossway.testsupport.Shared;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's rules against the real MariaDB (schema from the Flyway migrations): consent, a
 * replacement and a withdrawal survive the transaction and are read back as the gateway reads them;
 * a community's confidentiality policy and the patient search.
 */
class StoreDatabaseTest {

    static final String HCID = "2.16.840.1.113883.3.7777.16";
    static final HomeCommunityId HOME = HomeCommunityId.of(HCID);
    static final String AUTHORITY = HCID + ".1";
    static final PatientId ALICE = new PatientId("AN-1", Oid.of(AUTHORITY));
    static final byte[] CCD = Shared.bytes("samples/ccda/hl7-c-cda-examples/CCD_1.xml");
    static final byte[] CCD_REPLACEMENT = Shared.bytes("samples/ccda/hl7-c-cda-examples/CCD_Parent_Document_Replace.xml");

    private final List<AuditRecord> audit = new ArrayList<>();
    private final MapIdentityStore identities = new MapIdentityStore();

    /** The services on repositories of one EntityManager, in one transaction, as the EJB facade runs them. */
    private <T> T inStore(Function<Services, T> work) {
        return TestDatabase.DB.inTransaction(em -> work.apply(new Services(em)));
    }

    private final class Services {
        final JpaCommunityRepository communities;
        final JpaPatientRepository patients;
        final JpaDocumentRepository documents;
        final PatientService patientService;
        final DocumentService documentService;
        final StoreService store;
        final CommunityService communityService;

        Services(EntityManager em) {
            Clock clock = Clock.systemUTC();
            GatewayAudit gatewayAudit = new GatewayAudit(audit::add, clock);
            communities = new JpaCommunityRepository(em);
            patients = new JpaPatientRepository(em);
            documents = new JpaDocumentRepository(em);
            patientService = new PatientService(communities, patients, documents, identities, gatewayAudit, clock, AfterCommit.NOW);
            documentService = new DocumentService(patientService, patients, documents, gatewayAudit, clock);
            store = new StoreService(patientService, documentService, documents, gatewayAudit, clock);
            communityService = new CommunityService(communities, gatewayAudit, clock, identities);
        }
    }

    @BeforeEach
    void community() {
        TestDatabase.DB.emf();
        TestDatabase.clear();
        inStore(s -> {
            s.communityService.save(new CommunityForm(HCID, "Store Community", AUTHORITY, "Stored", List.of("TREATMENT"), null, null),
                    "admin");
            s.patientService.register(new PatientForm(HCID, List.of(ALICE), "Alice", null, "Newman", LocalDate.of(1970, 5, 1),
                    "Female", null, null, null, "97006", null, null), "partner");
            return null;
        });
    }

    @Test
    void anOptOutIsStoredWithWhenAndWhoAndAnOptInReversesIt() {
        inStore(s -> s.store.recordConsent(HCID, ALICE, true, "partner-a"));
        Patient out = inStore(s -> s.patients.byIdentifier(HOME, ALICE).orElseThrow());
        assertThat(out.isOptedOut()).isTrue();
        assertThat(out.consent()).hasValueSatisfying(c -> {
            assertThat(c.optedOut()).isTrue();
            assertThat(c.recordedBy()).isEqualTo("partner-a");
            assertThat(c.recordedAt()).isNotNull();
        });
        inStore(s -> s.store.recordConsent(HCID, ALICE, false, "admin"));
        Patient in = inStore(s -> s.patients.byIdentifier(HOME, ALICE).orElseThrow());
        assertThat(in.isOptedOut()).isFalse();
        assertThat(in.consent().orElseThrow().recordedBy()).isEqualTo("admin");
        assertThat(audit).filteredOn(a -> a.detail().startsWith("consent:")).hasSize(2);
    }

    @Test
    void aReplacementIsLinkedToTheDeprecatedOriginalAndFindDocumentsAnswersByStatus() {
        StoredDocument old = inStore(s -> s.documentService.push(HCID, ALICE, CCD, "XML", "partner").document());
        StoredDocument replacement = inStore(s -> s.store.replace(HCID, ALICE, old.uniqueId().value(), Relation.RPLC,
                CCD_REPLACEMENT, "XML", "partner"));
        inStore(s -> {
            StoredDocument readOld = s.documents.byUniqueId(HOME, old.uniqueId()).orElseThrow();
            StoredDocument readNew = s.documents.byUniqueId(HOME, replacement.uniqueId()).orElseThrow();
            assertThat(readOld.status()).isEqualTo(StoredDocument.DEPRECATED);
            assertThat(readNew.status()).isEqualTo(StoredDocument.APPROVED);
            assertThat(readNew.parentId()).contains(readOld.id());
            assertThat(readNew.relation()).contains(Relation.RPLC);
            assertThat(s.documents.successors(readOld.id())).containsExactly(readNew);
            long patient = readOld.patientKey();
            assertThat(s.documents.find(HOME, DocumentCriteria.approvedOf(patient), 10)).containsExactly(readNew);
            assertThat(s.documents.find(HOME, new DocumentCriteria(patient, List.of(StoredDocument.DEPRECATED), List.of(), List.of(),
                    List.of(), List.of(), null, null, null, null, null, null), 10)).containsExactly(readOld);
            assertThat(PatientDocuments.latestSummary(s.documents.ofPatient(patient))).contains(readNew);
            return null;
        });
    }

    @Test
    void aWithdrawnDocumentIsKeptButNeverFound() {
        StoredDocument d = inStore(s -> s.documentService.push(HCID, ALICE, CCD, "XML", "partner").document());
        inStore(s -> s.store.withdraw(HCID, d.uniqueId().value(), "partner"));
        inStore(s -> {
            StoredDocument read = s.documents.byUniqueId(HOME, new DocumentUniqueId(d.uniqueId().value())).orElseThrow();
            assertThat(read.isWithdrawn()).isTrue();
            assertThat(read.withdrawnBy()).isEqualTo("partner");
            assertThat(s.documents.find(HOME, new DocumentCriteria(read.patientKey(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), null, null, null, null, null, null), 10)).as("whatever status is asked").isEmpty();
            assertThat(PatientDocuments.latestSummary(s.documents.ofPatient(read.patientKey()))).isEmpty();
            return null;
        });
    }

    @Test
    void aCommunitysConfidentialityPolicyIsStoredAndReadBack() {
        inStore(s -> s.communityService.save(new CommunityForm(HCID, "Store Community", AUTHORITY, "Stored",
                List.of("TREATMENT", "PAYMENT"), null, null, List.of("treatment"), List.of()), "admin"));
        HostedCommunity c = inStore(s -> s.communities.find(HOME).orElseThrow());
        assertThat(c.confidentiality().restrictedCodes()).containsExactly("TREATMENT");
        assertThat(c.confidentiality().discloses("R", "TREATMENT")).isTrue();
        assertThat(c.confidentiality().discloses("R", "PAYMENT")).isFalse();
        assertThat(c.confidentiality().discloses("V", "TREATMENT")).isFalse();
        assertThat(c.confidentiality().discloses("N", "PAYMENT")).isTrue();
    }

    @Test
    void patientsAreSearchedByIdentifierAndByTheStartOfTheirNames() {
        inStore(s -> s.patientService.register(new PatientForm(HCID, List.of(new PatientId("BN-2", Oid.of(AUTHORITY))), "Bob",
                null, "Newton", LocalDate.of(1980, 1, 1), "Male", null, null, null, null, null, null), "partner"));
        inStore(s -> {
            assertThat(s.patients.search(HOME, "AN-1", 50)).extracting(p -> p.demographics().firstName()).containsExactly("Alice");
            assertThat(s.patients.search(HOME, "new", 50)).extracting(p -> p.demographics().lastName())
                    .containsExactly("Newman", "Newton");
            assertThat(s.patients.search(HOME, "bo", 50)).extracting(p -> p.demographics().firstName()).containsExactly("Bob");
            assertThat(s.patients.search(HOME, "%", 50)).as("a wildcard is a character").isEmpty();
            assertThat(s.patients.search(HOME, "", 50)).hasSize(2);
            assertThat(s.patients.search(HomeCommunityId.of("1.2.3.4"), "", 50)).isEmpty();
            return null;
        });
    }
}
