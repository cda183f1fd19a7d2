package dev.crossway.responder.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.crossway.directory.infrastructure.atna.AtnaSettings;
import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.saml.Anchor;
import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.responder.domain.audit.AuditCriteria;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.audit.Initiator;
import dev.crossway.responder.domain.audit.Outcome;
import dev.crossway.responder.domain.audit.Transaction;
import dev.crossway.responder.domain.audit.VolumeCount;
import dev.crossway.responder.domain.community.CommunityMode;
import dev.crossway.responder.domain.community.CommunitySettings;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.community.PurposeOfUsePolicy;
import dev.crossway.responder.domain.document.ContentDigest;
import dev.crossway.responder.domain.document.DocumentCode;
import dev.crossway.responder.domain.document.DocumentCriteria;
import dev.crossway.responder.domain.document.DocumentCriteria.CodeFilter;
import dev.crossway.responder.domain.document.DocumentMetadata;
import dev.crossway.responder.domain.document.StoredDocument;
import dev.crossway.responder.domain.patient.MatchCandidate;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.responder.domain.patient.PatientDemographics;
import dev.crossway.responder.domain.patient.PatientStanding;
import dev.crossway.responder.domain.patient.Sex;
import dev.crossway.responder.domain.trust.TrustAnchor;
import dev.crossway.responder.support.TestDatabase;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mappings and queries against the real MariaDB, schema from the Flyway migration. */
class ResponderRepositoriesTest {

    static final HomeCommunityId HOME = HomeCommunityId.of("2.16.840.1.113883.3.7777.1");
    static final Oid AUTHORITY = Oid.of("2.16.840.1.113883.3.7777.1.1");
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void empty() {
        TestDatabase.DB.emf();
        TestDatabase.clear();
        TestDatabase.DB.execute(em -> new JpaCommunityRepository(em).add(new HostedCommunity(HOME, new CommunitySettings(
                "Test Community", AUTHORITY, CommunityMode.STORED, PurposeOfUsePolicy.DEFAULT, HOME.oid().value(), null, null, null), NOW)));
    }

    private static long patient(String id, String first, String last, LocalDate dob) {
        return TestDatabase.DB.inTransaction(em -> {
            Patient p = new Patient(HOME, List.of(new PatientId(id, AUTHORITY)), new PatientDemographics(first, null, last, dob,
                    Sex.FEMALE, "1 Main St", "Town", "OR", "97000", null, null), NOW);
            new JpaPatientRepository(em).add(p);
            em.flush();
            return p.id();
        });
    }

    @Test
    void communitiesRoundTrip() {
        HostedCommunity c = TestDatabase.DB.inTransaction(em -> new JpaCommunityRepository(em).find(HOME).orElseThrow());
        assertThat(c.name()).isEqualTo("Test Community");
        assertThat(c.assigningAuthority()).isEqualTo(AUTHORITY);
        assertThat(c.policy().codes()).containsExactly("TREATMENT");
        assertThat(c.createdAt()).isEqualTo(NOW);
    }

    @Test
    void patientsAreFoundByIdentifierAndByNameKeyAndBirthYear() {
        long alice = patient("A-1", "Alice", "Newman-Smith", LocalDate.of(1970, 5, 1));
        patient("B-1", "Bob", "Newman", LocalDate.of(1990, 1, 1));
        TestDatabase.DB.execute(em -> {
            JpaPatientRepository repo = new JpaPatientRepository(em);
            assertThat(repo.byIdentifier(HOME, new PatientId("A-1", AUTHORITY))).get().extracting(Patient::id).isEqualTo(alice);
            assertThat(repo.byIdentifier(HOME, new PatientId("A-1", Oid.of("1.2.3")))).isEmpty();
            assertThat(repo.candidates(HOME, Set.of("NEWMAN"), 1970, 1970)).extracting(Patient::id).containsExactly(alice);
            assertThat(repo.candidates(HOME, Set.of("NEWMANSMITH"), 1960, 1980)).hasSize(1);
            assertThat(repo.candidates(HOME, Set.of("NEWMAN"), 1900, 2000)).hasSize(2);
            assertThat(repo.candidates(HomeCommunityId.of("1.2.3"), Set.of("NEWMAN"), 1900, 2000)).isEmpty();
            assertThat(repo.byKey(alice).orElseThrow().identifiers()).containsExactly(new PatientId("A-1", AUTHORITY));
        });
    }

    @Test
    void matchCandidatesAreTheCandidatesAsMatchingReadsThemInOneRow() {
        long alice = patient("A-1", "Alice", "Newman-Smith", LocalDate.of(1970, 5, 1));
        long bob = patient("B-1", "Bob", "Newman", LocalDate.of(1990, 1, 1));
        // a patient with two ids under the community's authority and one elsewhere: named as the entity names it
        long carol = TestDatabase.DB.inTransaction(em -> {
            Patient p = new Patient(HOME, List.of(new PatientId("C-9", Oid.of("1.2.3")), new PatientId("C-2", AUTHORITY),
                    new PatientId("C-1", AUTHORITY)), new PatientDemographics("Carol", "Ann", "Newman", LocalDate.of(1980, 2, 29),
                    Sex.UNKNOWN, null, null, null, null, "555-1", "555-2"), NOW);
            p.recordConsent(true, NOW, "test");
            new JpaPatientRepository(em).add(p);
            em.flush();
            return p.id();
        });
        TestDatabase.DB.execute(em -> {
            JpaPatientRepository repo = new JpaPatientRepository(em);
            List<MatchCandidate> all = repo.matchCandidates(HOME, AUTHORITY, Set.of("NEWMAN"), 1900, 2000);
            assertThat(all).extracting(MatchCandidate::key).containsExactly(alice, bob, carol);
            for (MatchCandidate c : all) {
                assertThat(c).isEqualTo(MatchCandidate.of(repo.byKey(c.key()).orElseThrow(), AUTHORITY));
                assertThat(c.toMatchSubject()).isEqualTo(repo.byKey(c.key()).orElseThrow().toMatchSubject());
            }
            assertThat(all.get(0).mainId()).isEqualTo(new PatientId("A-1", AUTHORITY));
            assertThat(all.get(0).birthDate()).isEqualTo(LocalDate.of(1970, 5, 1));
            assertThat(all.get(2).optedOut()).isTrue();
            assertThat(all.get(0).optedOut()).isFalse();
            assertThat(repo.matchCandidates(HOME, AUTHORITY, Set.of("NEWMANSMITH"), 1960, 1980)).extracting(MatchCandidate::key)
                    .containsExactly(alice);
            assertThat(repo.matchCandidates(HOME, AUTHORITY, Set.of("NEWMAN"), 1971, 1989)).extracting(MatchCandidate::key)
                    .containsExactly(carol);
            assertThat(repo.matchCandidates(HomeCommunityId.of("1.2.3"), AUTHORITY, Set.of("NEWMAN"), 1900, 2000)).isEmpty();
            assertThat(repo.matchCandidates(HOME, AUTHORITY, Set.of(), 1900, 2000)).isEmpty();
        });
    }

    @Test
    void standingsAreReadByIdentifierAndByKey() {
        long alice = patient("A-1", "Alice", "Newman", LocalDate.of(1970, 5, 1));
        long bob = patient("B-1", "Bob", "Newman", LocalDate.of(1990, 1, 1));
        TestDatabase.DB.execute(em -> {
            JpaPatientRepository repo = new JpaPatientRepository(em);
            Patient a = repo.byKey(alice).orElseThrow();
            a.mergeInto(repo.byKey(bob).orElseThrow(), NOW);
            repo.byKey(bob).orElseThrow().recordConsent(true, NOW, "test");
        });
        TestDatabase.DB.execute(em -> {
            JpaPatientRepository repo = new JpaPatientRepository(em);
            assertThat(repo.standingByIdentifier(HOME, new PatientId("A-1", AUTHORITY)))
                    .contains(new PatientStanding(alice, bob, false, false));
            assertThat(repo.standingByIdentifier(HOME, new PatientId("A-1", AUTHORITY)))
                    .contains(PatientStanding.of(repo.byKey(alice).orElseThrow()));
            assertThat(repo.standingByKey(bob)).contains(new PatientStanding(bob, null, true, true));
            assertThat(repo.standingByKey(bob)).contains(PatientStanding.of(repo.byKey(bob).orElseThrow()));
            assertThat(repo.standingByIdentifier(HOME, new PatientId("A-1", Oid.of("1.2.3")))).isEmpty();
            assertThat(repo.standingByIdentifier(HomeCommunityId.of("1.2.3"), new PatientId("A-1", AUTHORITY))).isEmpty();
            assertThat(repo.standingByKey(-1)).isEmpty();
        });
    }

    @Test
    void contentIsTheExactBytesStored() {
        long p = patient("A-1", "Alice", "Newman", LocalDate.of(1970, 5, 1));
        byte[] content = new byte[300_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31 + i / 256);
        }
        StoredDocument d = new StoredDocument(new DocumentUniqueId("1.2.3.9"), HOME, HOME.oid().value(), p,
                new PatientId("A-1", AUTHORITY), new DocumentMetadata("application/octet-stream", "Binary", null, null, null, null,
                null, null, "2024", null, null, null, null), ContentDigest.of(content), NOW, "test");
        TestDatabase.DB.execute(em -> new JpaDocumentRepository(em).add(d, content));
        TestDatabase.DB.execute(em -> {
            JpaDocumentRepository repo = new JpaDocumentRepository(em);
            assertThat(repo.content(d.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(content));
            assertThat(repo.content(d.id() + 1)).isEmpty();
        });
    }

    @Test
    void anIdentifierIsUniqueWithinItsCommunity() {
        patient("A-1", "Alice", "Newman", LocalDate.of(1970, 5, 1));
        assertThatThrownBy(() -> patient("A-1", "Other", "Person", LocalDate.of(1980, 1, 1))).isInstanceOf(PersistenceException.class);
    }

    private static StoredDocument document(long patient, String uniqueId, String classCode, String created) {
        DocumentMetadata m = new DocumentMetadata("text/xml", "Doc " + uniqueId, DocumentCode.of("34133-9", "2.16.840.1.113883.6.1",
                "Summary"), DocumentCode.of(classCode, "2.16.840.1.113883.6.1", null), DocumentCode.of("urn:fmt", "1.3.6.1.4.1.19376.1.2.3",
                null), null, null, "en-US", created, null, null, "Dr A", "Clinic");
        byte[] content = ("<doc id='" + uniqueId + "'/>").getBytes();
        StoredDocument d = new StoredDocument(new DocumentUniqueId(uniqueId), HOME, HOME.oid().value(), patient,
                new PatientId("A-1", AUTHORITY), m, ContentDigest.of(content), NOW, "test");
        TestDatabase.DB.execute(em -> new JpaDocumentRepository(em).add(d, content));
        return d;
    }

    @Test
    void findDocumentsHonoursCodesAndTimes() {
        long p = patient("A-1", "Alice", "Newman", LocalDate.of(1970, 5, 1));
        document(p, "1.2.3.1", "11488-4", "20200101");
        document(p, "1.2.3.2", "34133-9", "20210615103000");
        document(p, "1.2.3.3", "34133-9", "2022");
        TestDatabase.DB.execute(em -> {
            JpaDocumentRepository repo = new JpaDocumentRepository(em);
            assertThat(repo.find(HOME, DocumentCriteria.approvedOf(p), 100)).hasSize(3);
            assertThat(repo.find(HOME, DocumentCriteria.approvedOf(p), 2)).as("the newest two")
                    .extracting(d -> d.uniqueId().value()).containsExactly("1.2.3.3", "1.2.3.2");
            DocumentCriteria byClass = new DocumentCriteria(p, List.of(StoredDocument.APPROVED),
                    List.of(List.of(new CodeFilter("34133-9", "2.16.840.1.113883.6.1"))), List.of(), List.of(), List.of(),
                    null, null, null, null, null, null);
            assertThat(repo.find(HOME, byClass, 100)).extracting(d -> d.uniqueId().value()).containsExactly("1.2.3.3", "1.2.3.2");
            DocumentCriteria byTime = new DocumentCriteria(p, List.of(StoredDocument.APPROVED), List.of(), List.of(), List.of(),
                    List.of(), "20210101000000", "20220101000000", null, null, null, null);
            assertThat(repo.find(HOME, byTime, 100)).extracting(d -> d.uniqueId().value()).containsExactly("1.2.3.2");
            DocumentCriteria wrongScheme = new DocumentCriteria(p, List.of(), List.of(List.of(new CodeFilter("34133-9", "9.9"))),
                    List.of(), List.of(), List.of(), null, null, null, null, null, null);
            assertThat(repo.find(HOME, wrongScheme, 100)).isEmpty();
            DocumentCriteria deprecated = new DocumentCriteria(p, List.of("urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated"),
                    List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, null);
            assertThat(repo.find(HOME, deprecated, 100)).isEmpty();
            StoredDocument d = repo.byUniqueId(HOME, new DocumentUniqueId("1.2.3.2")).orElseThrow();
            assertThat(new String(repo.content(d.id()).orElseThrow())).isEqualTo("<doc id='1.2.3.2'/>");
            assertThat(d.typeCode().display()).isEqualTo("Summary");
            assertThat(repo.uniqueIdTaken(new DocumentUniqueId("1.2.3.1"))).isTrue();
            assertThat(repo.byEntryUuids(HOME, List.of(d.entryUuid()))).containsExactly(d);
        });
    }

    @Test
    void findDocumentsReadsEachDocumentAsTheEntityManagerDoes() {
        long p = patient("A-1", "Alice", "Newman", LocalDate.of(1970, 5, 1));
        StoredDocument original = document(p, "1.2.3.1", "11488-4", "20200101");
        document(p, "1.2.3.2", "34133-9", "20210615103000");
        // a document with no codes, a successor (parent and relation) and a withdrawn one (never found)
        DocumentMetadata bare = new DocumentMetadata("text/plain", "Bare", null, null, null, null, null, null, null, null, null, null, null);
        byte[] content = "bare".getBytes();
        TestDatabase.DB.execute(em -> {
            StoredDocument d = new StoredDocument(new DocumentUniqueId("1.2.3.9"), HOME, HOME.oid().value(), p,
                    new PatientId("A-1", AUTHORITY), bare, ContentDigest.of(content), NOW.plusMillis(123), null);
            new JpaDocumentRepository(em).add(d, content);
            d.succeed(em.find(StoredDocument.class, original.id()), dev.crossway.responder.domain.document.Relation.APND);
        });
        document(p, "1.2.3.4", "34133-9", "2023");
        TestDatabase.DB.execute(em -> em.createQuery("select d from StoredDocument d where d.uniqueId = '1.2.3.4'", StoredDocument.class)
                .getSingleResult().withdraw(NOW, "admin"));
        TestDatabase.DB.execute(em -> {
            List<StoredDocument> found = new JpaDocumentRepository(em).find(HOME, new DocumentCriteria(p, List.of(), List.of(), List.of(),
                    List.of(), List.of(), null, null, null, null, null, null), 100);
            assertThat(found).extracting(d -> d.uniqueId().value()).containsExactlyInAnyOrder("1.2.3.1", "1.2.3.2", "1.2.3.9");
            for (StoredDocument d : found) {
                em.clear();
                StoredDocument entity = em.find(StoredDocument.class, d.id());
                assertThat(d).usingRecursiveComparison().isEqualTo(entity);
            }
            assertThat(found).filteredOn(d -> d.uniqueId().value().equals("1.2.3.9")).singleElement().satisfies(d -> {
                assertThat(d.typeCode()).isNull();
                assertThat(d.parentId()).contains(original.id());
                assertThat(d.pushedBy()).isNull();
            });
        });
    }

    @Test
    void aBatchOfAuditRecordsIsWrittenInOneGoAndReadsBackAsWritten() {
        String patient = "B-7^^^&" + AUTHORITY + "&ISO";
        // whole seconds: against MariaDB 10 the driver sends no fraction, by this path as by persist()
        Instant at = NOW;
        List<AuditRecord> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(new AuditRecord(at.plusSeconds(i), "urn:uuid:batch-" + i, i == 4 ? Transaction.ITI_39 : Transaction.ITI_55,
                    new Initiator("Dr Batch", "Batch Org", "1.2.3.77", "TREATMENT"), HOME.oid().value(), patient,
                    i == 4 ? List.of("1.2.3.4.1", "1.2.3.4.2") : List.of(), Outcome.SUCCESS, "batch " + i, "192.0.2." + i,
                    i == 3 ? null : "CN=Partner Gateway " + i + ",O=Partner"));
        }
        JpaAuditTrail gateway = new JpaAuditTrail(null, TestDatabase.DB.dataSource());
        gateway.commitAll(batch);
        TestDatabase.DB.execute(em -> {
            List<AuditRecord> read = new JpaAuditTrail(em).disclosures(HOME.oid().value(), patient);
            assertThat(read).hasSize(5);
            for (int i = 0; i < 5; i++) {
                AuditRecord r = read.get(i);
                AuditRecord w = batch.get(i);
                assertThat(r.id()).isNotNull();
                assertThat(r.at()).isEqualTo(w.at());
                assertThat(r.requestId()).isEqualTo(w.requestId());
                assertThat(r.transaction()).isEqualTo(w.transaction());
                assertThat(r.initiator()).isEqualTo(w.initiator());
                assertThat(r.documents()).isEqualTo(w.documents());
                assertThat(r.outcome()).isEqualTo(w.outcome());
                assertThat(r.detail()).isEqualTo(w.detail());
                assertThat(r.remoteAddress()).isEqualTo(w.remoteAddress());
                assertThat(r.clientCertificate()).isEqualTo(w.clientCertificate());
            }
        });
        // all or nothing: a batch with one record the table refuses leaves nothing behind
        AuditRecord tooLong = new AuditRecord(NOW, "urn:uuid:too-long", Transaction.ITI_39, Initiator.UNKNOWN, HOME.oid().value(),
                "C-1^^^&" + AUTHORITY + "&ISO", List.of("1." + "2".repeat(300)), Outcome.SUCCESS, "refused", null);
        AuditRecord fine = new AuditRecord(NOW, "urn:uuid:fine", Transaction.ITI_55, Initiator.UNKNOWN, HOME.oid().value(),
                "C-1^^^&" + AUTHORITY + "&ISO", List.of(), Outcome.SUCCESS, "fine", null);
        assertThatThrownBy(() -> gateway.commitAll(List.of(fine, tooLong)));
        TestDatabase.DB.execute(em -> assertThat(new JpaAuditTrail(em).disclosures(HOME.oid().value(), "C-1^^^&" + AUTHORITY + "&ISO"))
                .isEmpty());
    }

    @Test
    void theGatewaysCommitWritesABatchWithoutDocumentsAsOneStatementInAutocommitAndOtherwiseInATransaction() {
        String patient = "G-1^^^&" + AUTHORITY + "&ISO";
        List<AuditRecord> plain = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            plain.add(new AuditRecord(NOW.plusSeconds(i), "urn:uuid:commit-" + i, Transaction.ITI_55,
                    new Initiator("Dr Commit", "Commit Org", "1.2.3.78", "TREATMENT"), HOME.oid().value(), patient, List.of(),
                    Outcome.SUCCESS, "commit " + i, "192.0.2.9", null));
        }
        AuditRecord listed = new AuditRecord(NOW.plusSeconds(3), "urn:uuid:commit-3", Transaction.ITI_38,
                new Initiator("Dr Commit", "Commit Org", "1.2.3.78", "TREATMENT"), HOME.oid().value(), patient,
                List.of("1.2.3.5.1", "1.2.3.5.2"), Outcome.SUCCESS, "listed", "192.0.2.9", null);
        List<String> calls = new java.util.ArrayList<>();
        JpaAuditTrail trail = new JpaAuditTrail(null, recording(TestDatabase.DB.dataSource(), calls));
        // the SIEM's copies off, whatever this JVM's environment says: with them on, every batch is a transaction
        AtnaSettings atna = AtnaSettings.current();
        AtnaSettings.use(AtnaSettings.read(name -> null));
        try {
            trail.commitAll(plain);
            // the three records in one statement, in autocommit: no transaction, no JDBC batch
            assertThat(calls).containsExactly("prepareStatement(" + JpaAuditTrail.rows(JpaAuditTrail.INSERT, 15, 3) + ")");
            calls.clear();
            trail.commitAll(List.of(listed));
            assertThat(calls).extracting(c -> c.replaceAll("\\(.*", "")).containsExactly(
                    "setAutoCommit", "prepareStatement", "prepareStatement", "commit", "setAutoCommit");
        } finally {
            AtnaSettings.use(atna);
        }

        TestDatabase.DB.execute(em -> assertThat(new JpaAuditTrail(em).disclosures(HOME.oid().value(), patient))
                .extracting(AuditRecord::requestId, AuditRecord::documents).containsExactly(
                        tuple("urn:uuid:commit-0", List.of()),
                        tuple("urn:uuid:commit-1", List.of()),
                        tuple("urn:uuid:commit-2", List.of()),
                        tuple("urn:uuid:commit-3", List.of("1.2.3.5.1", "1.2.3.5.2"))));

        // all or nothing on either path: one record the table refuses leaves nothing of its batch
        String other = "G-2^^^&" + AUTHORITY + "&ISO";
        AuditRecord fine = new AuditRecord(NOW, "urn:uuid:fine", Transaction.ITI_55, Initiator.UNKNOWN, HOME.oid().value(),
                other, List.of(), Outcome.SUCCESS, "fine", null);
        AuditRecord refusedColumn = new AuditRecord(NOW, "urn:uuid:refused", Transaction.ITI_55, Initiator.UNKNOWN,
                HOME.oid().value() + ".9".repeat(40), other, List.of(), Outcome.SUCCESS, "community id too long", null);
        AuditRecord refusedDocument = new AuditRecord(NOW, "urn:uuid:doc", Transaction.ITI_39, Initiator.UNKNOWN,
                HOME.oid().value(), other, List.of("1." + "2".repeat(300)), Outcome.SUCCESS, "document id too long", null);
        assertThatThrownBy(() -> trail.commitAll(List.of(fine, refusedColumn))).isInstanceOf(PersistenceException.class);
        assertThatThrownBy(() -> trail.commitAll(List.of(fine, refusedDocument))).isInstanceOf(PersistenceException.class);
        TestDatabase.DB.execute(em -> assertThat(new JpaAuditTrail(em).disclosures(HOME.oid().value(), other)).isEmpty());
    }

    /** {@code dataSource}, its connections noting each call that prepares or ends a statement or transaction. */
    private static DataSource recording(DataSource dataSource, List<String> calls) {
        return (DataSource) Proxy.newProxyInstance(ResponderRepositoriesTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = method.invoke(dataSource, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(ResponderRepositoriesTest.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (p, m, a) -> {
                                if (Set.of("prepareStatement", "createStatement", "setAutoCommit", "commit", "rollback")
                                        .contains(m.getName())) {
                                    calls.add(m.getName() + "(" + (a == null ? "" : a[0]) + ")");
                                }
                                try {
                                    return m.invoke(connection, a);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                });
    }

    @Test
    void anAuditRecordKeepsEveryDisclosedDocumentAndTheSendersMessageIdBesideItsOwnId() {
        String patient = "D-1^^^&" + AUTHORITY + "&ISO";
        // 300 ids of 60 characters: far beyond the 4,000 characters the old column kept
        List<String> documents = java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> "2.25." + String.format("%055d", i)).toList();
        String messageId = "urn:uuid:" + "m".repeat(300);
        AuditRecord r = new AuditRecord(NOW, new dev.crossway.responder.domain.audit.RequestRef("urn:uuid:own", messageId),
                Transaction.ITI_39, Initiator.UNKNOWN, HOME.oid().value(), patient, documents, Outcome.SUCCESS, "many", null);
        new JpaAuditTrail(null, TestDatabase.DB.dataSource()).commitAll(List.of(r));
        TestDatabase.DB.execute(em -> assertThat(new JpaAuditTrail(em).disclosures(HOME.oid().value(), patient))
                .singleElement().satisfies(read -> {
                    assertThat(read.documents()).containsExactlyElementsOf(documents);
                    assertThat(read.requestId()).isEqualTo("urn:uuid:own");
                    assertThat(read.messageId()).isEqualTo(messageId);
                    assertThat(read.recordKey()).isEqualTo(r.recordKey());
                }));
        assertThatThrownBy(() -> TestDatabase.DB.execute(em -> em.createNativeQuery("delete from audit_record_document").executeUpdate()))
                .hasStackTraceContaining("insert-only");
    }

    @Test
    void theAuditTrailIsInsertOnly() {
        AuditRecord r = new AuditRecord(NOW, "urn:uuid:1", Transaction.ITI_55, new Initiator("Dr X", "Org", "1.2.3", "TREATMENT"),
                HOME.oid().value(), "A-1^^^&" + AUTHORITY + "&ISO", List.of(), Outcome.SUCCESS, "match", "192.0.2.1");
        TestDatabase.DB.execute(em -> new JpaAuditTrail(em).append(r));
        assertThatThrownBy(() -> TestDatabase.DB.execute(em -> em.createNativeQuery("update audit_record set outcome = 'ERROR'")
                .executeUpdate())).hasStackTraceContaining("insert-only");
        assertThatThrownBy(() -> TestDatabase.DB.execute(em -> em.createNativeQuery("delete from audit_record").executeUpdate()))
                .hasStackTraceContaining("insert-only");
        TestDatabase.DB.execute(em -> {
            JpaAuditTrail trail = new JpaAuditTrail(em);
            assertThat(trail.disclosures(HOME.oid().value(), "A-1^^^&" + AUTHORITY + "&ISO")).hasSize(1);
            assertThat(trail.search(new AuditCriteria(null, null, Transaction.ITI_55, "1.2.3", Outcome.SUCCESS, null, null, 10, 0)))
                    .singleElement().satisfies(a -> assertThat(a.at()).isEqualTo(NOW));
            assertThat(trail.search(new AuditCriteria(NOW.plusSeconds(1), null, null, null, null, null, null, 10, 0))).isEmpty();
            List<VolumeCount> volume = trail.volume(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)), false);
            assertThat(volume).singleElement().satisfies(v -> {
                assertThat(v.transaction()).isEqualTo(Transaction.ITI_55);
                assertThat(v.requests()).isEqualTo(1);
                assertThat(v.start()).isEqualTo(NOW.truncatedTo(ChronoUnit.HOURS));
            });
        });
    }

    @Test
    void trustAnchorsAndTheirRevision() {
        var credential = DevCredentials.selfSigned("CN=Anchor", NOW.minus(Duration.ofDays(1)), Duration.ofDays(10));
        long before = TestDatabase.DB.inTransaction(em -> new JpaTrustAnchorRepository(em).revision());
        TestDatabase.DB.execute(em -> {
            JpaTrustAnchorRepository repo = new JpaTrustAnchorRepository(em);
            repo.add(new TrustAnchor(credential.certificate(), "label", Anchor.Kind.PINNED, true, NOW, "admin"));
            repo.bumpRevision();
        });
        TestDatabase.DB.execute(em -> {
            JpaTrustAnchorRepository repo = new JpaTrustAnchorRepository(em);
            assertThat(repo.revision()).isEqualTo(before + 1);
            TrustAnchor a = repo.all().get(0);
            assertThat(a.certificate()).isEqualTo(credential.certificate());
            assertThat(a.subject()).isEqualTo("CN=Anchor");
            assertThat(a.kind()).isEqualTo(Anchor.Kind.PINNED);
            assertThat(a.allowsSha1()).isTrue();
        });
    }
}
