package dev.crossway.responder.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.saml.TrustAnchors;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse.Outcome;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import dev.crossway.responder.application.CommunityForm;
import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.application.GatewayRequest;
import dev.crossway.responder.application.PatientForm;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.infrastructure.cache.InfinispanIdentityStore;
import dev.crossway.responder.infrastructure.persistence.JpaCommunityRepository;
import dev.crossway.responder.infrastructure.persistence.JpaDocumentRepository;
import dev.crossway.responder.infrastructure.persistence.JpaPatientRepository;
import dev.crossway.responder.support.MapCorrelations;
import dev.crossway.responder.support.MapReplayCache;
import dev.crossway.responder.support.ReplicatedCaches;
import dev.crossway.responder.support.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Invalidation by patient, end to end: signed XCPD queries answered by node 1 from the patient
 * index in MariaDB and the replicated identity cache, patients registered, updated and merged
 * through node 2 in transactions of their own (the cache told before and after each commit, as
 * the server does). Whatever is cached, node 1 never answers what the data would not give now;
 * and a change to one patient leaves the answers about others in the cache.
 */
class IdentityInvalidationTest {

    static final String HCID = "2.16.840.1.113883.3.72.6.1"; // the NIST sample query's receiver
    static final Oid AUTHORITY = Oid.of(HCID + ".1");
    static final LocalDate BORN = LocalDate.of(1957, 4, 23); // the NIST query's birth time

    static ReplicatedCaches cluster;

    final Clock clock = Clock.systemUTC();
    final List<AuditRecord> audit = Collections.synchronizedList(new ArrayList<>());
    final GatewayAudit gatewayAudit = new GatewayAudit(audit::add, clock);
    final MapReplayCache replays = new MapReplayCache();
    final MapCorrelations correlations = new MapCorrelations();
    final TrustAnchors anchors = TrustAnchors.of(GatewayFixture.CA.certificate());

    @BeforeAll
    static void start() {
        cluster = new ReplicatedCaches(2, Duration.ofHours(24));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @BeforeEach
    void freshCommunity() {
        TestDatabase.DB.emf();
        TestDatabase.clear();
        TestDatabase.DB.execute(em -> new CommunityService(new JpaCommunityRepository(em), gatewayAudit, clock).save(
                new CommunityForm(HCID, "NIST community", AUTHORITY.value(), "Stored", List.of(), null, null), "test"));
        cluster.node(1).invalidateCommunity(HCID); // the answers of the previous test's database
    }

    // --- node 2 writes, as the patient admin facade does: a transaction, the cache told before and after the commit

    private <T> T onNode2(Function<PatientService, T> change) {
        List<Runnable> afterCommit = new ArrayList<>();
        T result = TestDatabase.DB.inTransaction(em -> change.apply(new PatientService(new JpaCommunityRepository(em),
                new JpaPatientRepository(em), new JpaDocumentRepository(em), cluster.node(2), gatewayAudit, clock,
                afterCommit::add)));
        afterCommit.forEach(Runnable::run);
        return result;
    }

    private static PatientForm evans(String id, String family, LocalDate born, String street) {
        return new PatientForm(HCID, List.of(new PatientId(id, AUTHORITY)), "Daniel", "Peter", family, born, "Male", street,
                "Springfield", "MO", "40090", "920-989-0987", null);
    }

    private void register(PatientForm form) {
        onNode2(s -> s.register(form, "partner"));
    }

    // --- node 1 answers, as the gateway does: no transaction, the index read through its own EntityManager

    private PatientDiscoveryResponse ask(Element query) {
        byte[] body = GatewayFixture.signed(query, Hl7v3.ACTION_QUERY, GatewayFixture.XCPD_URL);
        EntityManager em = TestDatabase.DB.emf().createEntityManager();
        try {
            GatewayPipeline pipeline = GatewayPipelines.create(ResponderSettings.defaults(), clock, new JpaCommunityRepository(em),
                    new JpaPatientRepository(em), new JpaDocumentRepository(em), audit::add, cluster.node(1), () -> anchors,
                    new GatewayPipelines.Trust(InboundTrustSettings.of("https://responder.test"), replays,
                            InitiatorRateLimit.unlimited(), correlations), null);
            GatewayReply reply = pipeline.handle(GatewayEndpoint.XCPD, new GatewayRequest(body,
                    "application/soap+xml; charset=UTF-8", "192.0.2.10"));
            assertThat(reply.httpStatus()).isEqualTo(200);
            return PatientDiscoveryResponseReader.read(GatewayFixture.envelope(reply).payload());
        } finally {
            em.close();
        }
    }

    private PatientDiscoveryResponse askNist() {
        return ask(Hl7Edits.nist());
    }

    private static InfinispanIdentityStore node1() {
        return cluster.node(1);
    }

    private static List<String> ids(PatientDiscoveryResponse r) {
        return r.matches().stream().map(m -> m.patientId().value()).toList();
    }

    /** Asks twice: the second answer must come from the cache and be the same. */
    private PatientDiscoveryResponse askedAndCached(Element query) {
        PatientDiscoveryResponse first = ask(query);
        long hits = node1().hits();
        PatientDiscoveryResponse again = ask((Element) query.cloneNode(true));
        assertThat(node1().hits()).as("the repeat is answered from the identity cache").isEqualTo(hits + 1);
        assertThat(again.outcome()).isEqualTo(first.outcome());
        return again;
    }

    @Test
    void aPatientRegisteredThroughTheOtherNodeAfterACachedNoMatchIsFound() {
        assertThat(askedAndCached(Hl7Edits.nist()).outcome()).isEqualTo(Outcome.NO_MATCH);
        register(evans("DE-1", "Evans", BORN, "809 First Ave"));
        PatientDiscoveryResponse now = askNist();
        assertThat(now.outcome()).isEqualTo(Outcome.MATCH);
        assertThat(ids(now)).containsExactly("DE-1");
    }

    @Test
    void anUpdateThatMakesACachedMatchWrongIsNoLongerAnswered() {
        register(evans("DE-1", "Evans", BORN, "809 First Ave"));
        assertThat(askedAndCached(Hl7Edits.nist()).outcome()).isEqualTo(Outcome.MATCH);
        onNode2(s -> s.update(evans("DE-1", "Evans", BORN.plusDays(1), "809 First Ave"), "partner"));
        assertThat(askNist().outcome()).as("the birth date was corrected: not the person asked for").isNotEqualTo(Outcome.MATCH);
    }

    @Test
    void anUpdateThatMakesAPatientMatchACachedNoMatchIsFound() {
        register(evans("DE-1", "Evanz", LocalDate.of(1960, 1, 1), "809 First Ave"));
        assertThat(askedAndCached(Hl7Edits.nist()).outcome()).isEqualTo(Outcome.NO_MATCH);
        onNode2(s -> s.update(evans("DE-1", "Evans", BORN, "809 First Ave"), "partner"));
        PatientDiscoveryResponse now = askNist();
        assertThat(now.outcome()).isEqualTo(Outcome.MATCH);
        assertThat(ids(now)).containsExactly("DE-1");
    }

    @Test
    void aSecondPatientRegisteredTurnsACachedMatchIntoTwo() {
        register(evans("DE-1", "Evans", BORN, "809 First Ave"));
        assertThat(ids(askedAndCached(Hl7Edits.nist()))).containsExactly("DE-1");
        register(evans("DE-2", "Evans", BORN, "809 First Avenue"));
        PatientDiscoveryResponse now = askNist();
        assertThat(now.outcome()).isEqualTo(Outcome.MULTIPLE_MATCHES);
        assertThat(ids(now)).containsExactlyInAnyOrder("DE-1", "DE-2");
    }

    @Test
    void aMergeAnswersTheSurvivorAloneForCachedQueriesByDemographicsAndByTheRetiredId() {
        register(evans("DE-1", "Evans", BORN, "809 First Ave"));
        register(evans("DE-2", "Evans", BORN, "809 First Avenue"));
        Element byRetiredId = Hl7Edits.subjectId(Hl7Edits.nist(), AUTHORITY.value(), "DE-2");
        assertThat(ids(askedAndCached(Hl7Edits.nist()))).containsExactlyInAnyOrder("DE-1", "DE-2");
        assertThat(ids(askedAndCached(byRetiredId))).containsExactly("DE-2");

        onNode2(s -> s.merge(HCID, new PatientId("DE-1", AUTHORITY), new PatientId("DE-2", AUTHORITY), "partner"));

        assertThat(ids(askNist())).containsExactly("DE-1");
        assertThat(ids(ask(Hl7Edits.subjectId(Hl7Edits.nist(), AUTHORITY.value(), "DE-2"))))
                .as("the retired id leads to the survivor").containsExactly("DE-1");
    }

    @Test
    void anIdentifierAskedForBeforeItWasRegisteredIsFound() {
        // the family name is spelt differently from the query's, so only the identifier links them
        Element byId = Hl7Edits.subjectId(Hl7Edits.nist(), AUTHORITY.value(), "DE-7");
        assertThat(askedAndCached(byId).outcome()).isEqualTo(Outcome.NO_MATCH);
        register(evans("DE-7", "Evanss", BORN, "809 First Ave")); // a close spelling: no name key in common
        PatientDiscoveryResponse now = ask(Hl7Edits.subjectId(Hl7Edits.nist(), AUTHORITY.value(), "DE-7"));
        assertThat(ids(now)).containsExactly("DE-7");
    }

    @Test
    void aQueryByBirthYearIsAnsweredAgainWhenAPatientOfThatYearIsRegistered() {
        Element byYear = Hl7Edits.birthTime(Hl7Edits.without(Hl7Edits.nist(), "livingSubjectAdministrativeGender",
                "patientAddress", "patientTelecom"), "1957");
        PatientDiscoveryResponse before = askedAndCached(byYear);
        register(evans("DE-1", "Evans", LocalDate.of(1957, 11, 30), "809 First Ave"));
        long misses = node1().misses();
        PatientDiscoveryResponse now = ask((Element) byYear.cloneNode(true));
        assertThat(node1().misses()).as("recomputed, not served from the cache").isEqualTo(misses + 1);
        assertThat(before.outcome()).isEqualTo(Outcome.NO_MATCH);
        assertThat(now.outcome()).as("a candidate now: the attributes that would decide are asked for")
                .isEqualTo(Outcome.MORE_ATTRIBUTES_REQUESTED);
    }

    @Test
    void changesToOtherPatientsLeaveTheCachedAnswersInPlace() {
        register(evans("DE-1", "Evans", BORN, "809 First Ave"));
        assertThat(askedAndCached(Hl7Edits.nist()).outcome()).isEqualTo(Outcome.MATCH);
        register(evans("DE-2", "Smith", BORN, "1 Main St"));                          // another family name
        register(evans("DE-3", "Evans", LocalDate.of(1980, 4, 23), "2 Main St"));     // another birth date
        onNode2(s -> s.update(evans("DE-3", "Evans", LocalDate.of(1980, 4, 24), "2 Main St"), "partner"));
        long hits = node1().hits();
        PatientDiscoveryResponse now = askNist();
        assertThat(node1().hits()).as("still answered from the identity cache").isEqualTo(hits + 1);
        assertThat(ids(now)).containsExactly("DE-1");
    }
}
