package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.ResponderField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.CommunityForm;
import dev.crossway.responder.application.DownstreamEndpoints;
import dev.crossway.responder.application.PatientForm;
import dev.crossway.responder.application.WriteOutcome;
import dev.crossway.responder.application.PatientNotFoundException;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.domain.audit.Transaction;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.document.StoredDocument;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.testsupport.Shared;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Validation of communities, patients, documents and trust anchors, each naming its field. */
class AdminServicesTest {

    static final String HCID = "2.16.840.1.113883.3.9999.1.1";
    static final Oid AA = Oid.of(HCID + ".1");

    private GatewayFixture f;

    @BeforeEach
    void setUp() {
        f = new GatewayFixture();
        f.host(HCID, AA.value());
    }

    private static void refused(ThrowingCallable call, ResponderField field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ResponderValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static PatientForm alice(String id) {
        return new PatientForm(HCID, List.of(new PatientId(id, AA)), "Alice", null, "Newman", LocalDate.of(1970, 5, 1), "Female",
                null, null, null, null, null, null);
    }

    @Test
    void aCommunityWithoutTreatmentIsRefusedAndNothingIsSaved() {
        CommunityService s = new CommunityService(f.communities, f.gatewayAudit, f.clock);
        int audited = f.audit.size();
        refused(() -> s.save(new CommunityForm("1.2.3.77", "N", "1.2", "Stored", List.of("PAYMENT"), null, null), "a"),
                ResponderField.COMMUNITY_PURPOSES_OF_USE);
        assertThat(f.communities.find(dev.crossway.interop.id.HomeCommunityId.of("1.2.3.77"))).isEmpty();
        refused(() -> s.save(new CommunityForm(HCID, "Changed", AA.value(), "Stored", List.of("OPERATIONS"), null, null), "a"),
                ResponderField.COMMUNITY_PURPOSES_OF_USE);
        assertThat(f.communities.find(dev.crossway.interop.id.HomeCommunityId.of(HCID)).orElseThrow().name())
                .isNotEqualTo("Changed");
        assertThat(f.audit).hasSize(audited);
    }

    @Test
    void communityFormsAreValidatedFieldByField() {
        CommunityService s = new CommunityService(f.communities, f.gatewayAudit, f.clock);
        refused(() -> s.save(new CommunityForm("not-an-oid", "N", "1.2", "Stored", List.of(), null, null), "a"),
                ResponderField.COMMUNITY_ID);
        refused(() -> s.save(new CommunityForm("1.2.3", " ", "1.2", "Stored", List.of(), null, null), "a"), ResponderField.COMMUNITY_NAME);
        refused(() -> s.save(new CommunityForm("1.2.3", "N", "x", "Stored", List.of(), null, null), "a"),
                ResponderField.COMMUNITY_ASSIGNING_AUTHORITY);
        refused(() -> s.save(new CommunityForm("1.2.3", "N", "1.2", "Cloud", List.of(), null, null), "a"), ResponderField.COMMUNITY_MODE);
        refused(() -> s.save(new CommunityForm("1.2.3", "N", "1.2", "Gateway", List.of(), null, null), "a"),
                ResponderField.DOWNSTREAM_XCPD);
        refused(() -> s.save(new CommunityForm("1.2.3", "N", "1.2", "Gateway", List.of(), new DownstreamEndpoints("ftp://x", null, null), null), "a"),
                ResponderField.DOWNSTREAM_XCPD);
        refused(() -> s.save(new CommunityForm("1.2.3", "N", "1.2", "Stored", List.of(), new DownstreamEndpoints("https://x.test/xcpd", null, null), null), "a"),
                ResponderField.DOWNSTREAM);
        HostedCommunity g = s.save(new CommunityForm("urn:oid:1.2.3", "Gw", "1.2", "Gateway", List.of("TREATMENT", "PAYMENT"),
                new DownstreamEndpoints("https://fac.test/xcpd", "https://fac.test/q", "https://fac.test/r"), null), "alice");
        assertThat(g.homeCommunityId().oid().value()).isEqualTo("1.2.3");
        assertThat(g.repositoryUniqueId()).isEqualTo("1.2.3");
        assertThat(Views.of(g).purposesOfUse()).containsExactly("PAYMENT", "TREATMENT");
        HostedCommunity renamed = s.save(new CommunityForm("1.2.3", "Renamed", "1.2", "Stored", List.of(), null, "1.2.3.9"), "bob");
        assertThat(renamed.name()).isEqualTo("Renamed");
        assertThat(renamed.repositoryUniqueId()).isEqualTo("1.2.3.9");
        assertThat(f.communities.all()).hasSize(2);
        assertThat(f.audit).filteredOn(a -> a.transaction() == Transaction.ADMIN).extracting(a -> a.initiator().subject())
                .contains("alice", "bob");
    }

    @Test
    void patientsNeedAnIdUnderTheCommunitysAuthority() {
        refused(() -> f.patientService.register(new PatientForm(HCID, List.of(new PatientId("X", Oid.of("1.2.3"))), "A", null, "B",
                LocalDate.of(1970, 1, 1), "Female", null, null, null, null, null, null), "a"), ResponderField.PATIENT_IDENTIFIERS);
        refused(() -> f.patientService.register(new PatientForm("9.9.9", List.of(new PatientId("X", AA)), "A", null, "B",
                LocalDate.of(1970, 1, 1), "Female", null, null, null, null, null, null), "a"), ResponderField.COMMUNITY);
        refused(() -> f.patientService.register(new PatientForm(HCID, List.of(new PatientId("X", AA)), "A", null, "B",
                null, "Female", null, null, null, null, null, null), "a"), ResponderField.PATIENT_BIRTH_DATE);
        refused(() -> f.patientService.register(new PatientForm(HCID, List.of(new PatientId("X", AA)), "A", null, "B",
                LocalDate.of(1970, 1, 1), "Martian", null, null, null, null, null, null), "a"), ResponderField.PATIENT_SEX);
        int lookups = f.patients.identifierQueries;
        Patient p = f.patientService.register(new PatientForm(HCID, List.of(new PatientId("X", AA), new PatientId("123-45-6789",
                Oid.of("2.16.840.1.113883.4.1"))), "A", null, "B", LocalDate.of(1970, 1, 1), "F", null, null, null, null, null, null), "a").patient();
        assertThat(p.identifiers()).hasSize(2).as("other authorities kept as other ids");
        assertThat(f.patients.identifierQueries - lookups).as("a new patient: one look-up per identifier, not two").isEqualTo(2);
    }

    @Test
    void aResentNewPatientChangesNothingAndANewPatientForAKnownIdentifierUpdatesIt() {
        PatientService.Registered first = f.patientService.register(alice("A-1"), "a");
        assertThat(first.outcome()).isEqualTo(WriteOutcome.CREATED);
        int audits = f.audit.size();
        PatientService.Registered again = f.patientService.register(alice("A-1"), "a");
        assertThat(again.outcome()).isEqualTo(WriteOutcome.UNCHANGED);
        assertThat(again.patient()).isEqualTo(first.patient());
        assertThat(f.audit.size()).as("nothing written, nothing audited").isEqualTo(audits);
        PatientForm moved = new PatientForm(HCID, List.of(new PatientId("A-1", AA)), "Alice", null, "Newman", LocalDate.of(1970, 5, 1),
                "F", "2 Other Street", "Beaverton", "OR", "97006", null, null);
        PatientService.Registered updated = f.patientService.register(moved, "a");
        assertThat(updated.outcome()).isEqualTo(WriteOutcome.UPDATED);
        assertThat(updated.patient().demographics().street()).isEqualTo("2 Other Street");
        assertThat(updated.patient()).isEqualTo(first.patient());
    }

    @Test
    void aDocumentPushedTwiceIsStoredOnce() {
        f.patientService.register(alice("A-1"), "a");
        byte[] ccd = Shared.bytes("samples/ccda/hl7-c-cda-examples/CCD_1.xml");
        DocumentService.Pushed first = f.documentService.push(HCID, new PatientId("A-1", AA), ccd, "XML", "a");
        DocumentService.Pushed again = f.documentService.push(HCID, new PatientId("A-1", AA), ccd, "XML", "a");
        assertThat(first.outcome()).isEqualTo(WriteOutcome.CREATED);
        assertThat(again.outcome()).isEqualTo(WriteOutcome.UNCHANGED);
        assertThat(again.document().uniqueId()).isEqualTo(first.document().uniqueId());
        byte[] pdf = "%PDF-1.4 same bytes".getBytes(StandardCharsets.UTF_8);
        DocumentService.Pushed p1 = f.documentService.push(HCID, new PatientId("A-1", AA), pdf, "PDF", "a");
        DocumentService.Pushed p2 = f.documentService.push(HCID, new PatientId("A-1", AA), pdf, "PDF", "a");
        assertThat(p2.outcome()).as("same bytes, no id of their own").isEqualTo(WriteOutcome.UNCHANGED);
        assertThat(p2.document().uniqueId()).isEqualTo(p1.document().uniqueId());
        assertThat(f.documents.ofPatient(first.document().patientKey())).hasSize(2);
    }

    @Test
    void updateAndMergeOfUnknownPatientsAreNotFound() {
        assertThatThrownBy(() -> f.patientService.update(alice("NOPE"), "a")).isInstanceOf(PatientNotFoundException.class);
        f.patientService.register(alice("A-1"), "a");
        assertThatThrownBy(() -> f.patientService.merge(HCID, new PatientId("A-1", AA), new PatientId("NOPE", AA), "a"))
                .isInstanceOf(PatientNotFoundException.class);
    }

    @Test
    void aMergeMovesTheDocumentsAndForgetsTheCache() {
        f.patientService.register(alice("A-1"), "a");
        f.patientService.register(alice("A-2"), "a");
        StoredDocument d = f.documentService.push(HCID, new PatientId("A-2", AA), "hello".getBytes(StandardCharsets.UTF_8), "TXT", "a").document();
        // an answer naming A-2's identifier, one for Alice Newman born 1970-05-01, one for somebody else
        cache("byId", new dev.crossway.responder.domain.identity.BlockingKey("i|" + new PatientId("A-2", AA).toCx()));
        cache("byDemographics", new dev.crossway.responder.domain.identity.BlockingKey("d|NEWMAN|19700501"));
        cache("unrelated", new dev.crossway.responder.domain.identity.BlockingKey("d|SMITH|19700501"));
        Patient survivor = f.patientService.merge(HCID, new PatientId("A-1", AA), new PatientId("A-2", AA), "a");
        assertThat(d.patientKey()).isEqualTo(survivor.id());
        assertThat(d.patient().value()).isEqualTo("A-1");
        assertThat(f.identities.entries).as("only the answers the merged patients could change are forgotten")
                .containsOnlyKeys(HCID + "|unrelated");
        assertThat(f.patients.byIdentifier(f.communities.all().get(0).homeCommunityId(), new PatientId("A-2", AA)).orElseThrow().isMerged())
                .isTrue();
    }

    private void cache(String name, dev.crossway.responder.domain.identity.BlockingKey block) {
        var key = new dev.crossway.responder.domain.identity.IdentityKey(HCID + "|" + name, new java.util.TreeSet<>(Set.of(block)));
        f.identities.put(f.identities.lookup(key), new dev.crossway.responder.domain.identity.CachedMatch(HCID,
                dev.crossway.responder.domain.identity.CachedMatch.Kind.NO_MATCH, List.of(), List.of()));
    }

    @Test
    void documentsGetTheirOwnIdOrAFreshGloballyUniqueOne() {
        f.patientService.register(alice("A-1"), "a");
        f.patientService.register(alice("A-2"), "a");
        byte[] ccd = Shared.bytes("samples/ccda/hl7-c-cda-examples/CCD_1.xml");
        StoredDocument first = f.documentService.push(HCID, new PatientId("A-1", AA), ccd, "XML", "a").document();
        StoredDocument again = f.documentService.push(HCID, new PatientId("A-2", AA), ccd, "XML", "a").document();
        assertThat(first.uniqueId()).isNotEqualTo(again.uniqueId());
        assertThat(again.uniqueId().value()).startsWith("2.25.");
        assertThat(first.sha256()).hasSize(64);
        assertThat(first.sha1()).hasSize(40);
        StoredDocument txt = f.documentService.push(HCID, new PatientId("A-1", AA), "x".getBytes(StandardCharsets.UTF_8), "TXT", "a").document();
        assertThat(txt.title()).isEqualTo("Uploaded document");
        assertThat(txt.mimeType()).isEqualTo("text/plain");
    }

    @Test
    void aMalformedDocumentIsRefusedAndNothingIsStored() {
        f.patientService.register(alice("A-1"), "a");
        PatientId id = new PatientId("A-1", AA);
        refused(() -> f.documentService.push(HCID, id, "<not-cda/>".getBytes(StandardCharsets.UTF_8), "XML", "a"), ResponderField.DOCUMENT_CONTENT);
        refused(() -> f.documentService.push(HCID, id, "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>"
                .getBytes(StandardCharsets.UTF_8), "XML", "a"), ResponderField.DOCUMENT_CONTENT);
        refused(() -> f.documentService.push(HCID, id, new byte[0], "PDF", "a"), ResponderField.DOCUMENT_CONTENT);
        refused(() -> f.documentService.push(HCID, id, "x".getBytes(StandardCharsets.UTF_8), "EXE", "a"), ResponderField.DOCUMENT_FILE_TYPE);
        refused(() -> f.documentService.push(HCID, new PatientId("NOPE", AA), "x".getBytes(StandardCharsets.UTF_8), "TXT", "a"),
                ResponderField.PATIENT_IDENTIFIERS);
        assertThat(f.documents.ofPatient(f.patients.byIdentifier(f.communities.all().get(0).homeCommunityId(), id).orElseThrow().id()))
                .isEmpty();
    }

    @Test
    void trustAnchorPemsAreCheckedForCertificatesAndAgainstPrivateKeys() {
        refused(() -> TrustAnchorService.certificates(""), TrustAnchorService.FIELD);
        refused(() -> TrustAnchorService.certificates("garbage"), TrustAnchorService.FIELD);
        refused(() -> TrustAnchorService.certificates(GatewayFixture.PARTNER.privateKeyPem() + GatewayFixture.PARTNER.certificatesPem()),
                TrustAnchorService.FIELD);
        assertThat(TrustAnchorService.certificates(GatewayFixture.PARTNER.certificatesPem())).hasSize(2);
    }

    @Test
    void freshUniqueIdsAreUuidOids() {
        assertThat(DocumentService.fresh().value()).matches("2\\.25\\.[1-9][0-9]*");
        assertThat(DocumentService.fresh()).isNotEqualTo(DocumentService.fresh());
    }
}
