package dev.crossway.responder.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.saml.CodedValue;
import dev.crossway.interop.xca.AdhocQueryRequest;
import dev.crossway.interop.xca.AdhocQueryRequestWriter;
import dev.crossway.interop.xca.AdhocQueryResponse;
import dev.crossway.interop.xca.AdhocQueryResponseReader;
import dev.crossway.interop.xca.DocumentEntry;
import dev.crossway.interop.xca.DocumentRequest;
import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xca.RegistryError;
import dev.crossway.interop.xca.RepositoryUniqueId;
import dev.crossway.interop.xca.ResponseStatus;
import dev.crossway.interop.xca.RetrieveDocumentSetResponse;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import dev.crossway.responder.application.CommunityForm;
import dev.crossway.responder.application.DocumentNotFoundException;
import dev.crossway.responder.application.PatientForm;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.audit.Outcome;
import dev.crossway.responder.domain.document.PatientDocuments;
import dev.crossway.responder.domain.document.Relation;
import dev.crossway.responder.domain.document.StoredDocument;
import dev.crossway.testsupport.Shared;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Consent, replacement, withdrawal and confidentiality as a peer gateway sees them: signed XCPD and
 * XCA requests through the real pipeline (in-memory stores), the answers and the audit records.
 */
class StoreServiceTest {

    static final String HCID = "2.16.840.1.113883.3.72.6.1";
    static final String AUTHORITY = HCID + ".1";
    static final HomeCommunityId HOME = HomeCommunityId.of(HCID);
    static final PatientId DANIEL = new PatientId("DE-1", Oid.of(AUTHORITY));
    static final byte[] CCD = Shared.bytes("samples/ccda/hl7-c-cda-examples/CCD_1.xml");
    static final byte[] CCD_REPLACEMENT = Shared.bytes("samples/ccda/hl7-c-cda-examples/CCD_Parent_Document_Replace.xml");
    static final byte[] CONSULT = Shared.bytes("samples/ccda/hl7-c-cda-examples/Consultation_Note.xml");
    /** The consultation note flagged restricted (the sample's confidentiality code changed in memory). */
    static final byte[] RESTRICTED = new String(CONSULT, StandardCharsets.UTF_8)
            .replaceFirst("<confidentialityCode code=\"N\"", "<confidentialityCode code=\"R\"").getBytes(StandardCharsets.UTF_8);

    private GatewayFixture f;

    @BeforeEach
    void host() {
        f = new GatewayFixture();
        f.host(HCID, AUTHORITY);
        f.patientService.register(new PatientForm(HCID, List.of(DANIEL), "Daniel", "Peter", "Evans", LocalDate.of(1957, 4, 23),
                "Male", "809 First Ave", "Springfield", "MO", "40090", "920-989-0987", null), "test");
        f.correlate(HCID, DANIEL);
    }

    private PatientDiscoveryResponse xcpd() {
        var reply = f.post(GatewayEndpoint.XCPD, GatewayFixture.signed(Hl7Edits.nist(), Hl7v3.ACTION_QUERY, GatewayFixture.XCPD_URL));
        assertThat(reply.httpStatus()).isEqualTo(200);
        return PatientDiscoveryResponseReader.read(GatewayFixture.envelope(reply).payload());
    }

    private AdhocQueryResponse query(AdhocQueryRequest request, CodedValue purpose) {
        var reply = f.post(GatewayEndpoint.XCA_QUERY, GatewayFixture.signed(AdhocQueryRequestWriter.write(request), EbXml.ACTION_QUERY,
                GatewayFixture.QUERY_URL, GatewayFixture.spec(GatewayFixture.QUERY_URL).purposeOfUse(purpose).build(),
                GatewayFixture.PARTNER, Clock.systemUTC()));
        assertThat(reply.httpStatus()).isEqualTo(200);
        return AdhocQueryResponseReader.read(GatewayFixture.envelope(reply).payload());
    }

    private AdhocQueryResponse find(String... statuses) {
        AdhocQueryRequest q = AdhocQueryRequest.findDocuments(DANIEL, HOME);
        if (statuses.length > 0) {
            var parameters = new java.util.LinkedHashMap<>(q.parameters());
            parameters.put("$XDSDocumentEntryStatus", List.of(List.of(statuses)));
            q = new AdhocQueryRequest(q.query(), q.returnType(), q.home(), parameters);
        }
        return query(q, CodedValue.treatment());
    }

    private RetrieveDocumentSetResponse retrieve(StoredDocument d) {
        return f.retrieve(false, new DocumentRequest(Optional.of(HOME), new RepositoryUniqueId(HCID), d.uniqueId()));
    }

    private AuditRecord lastAudit() {
        return f.audit.get(f.audit.size() - 1);
    }

    @Test
    void anOptedOutPatientIsNoMatchFoundNowhereAndRetrievedNeverUntilOptedBackIn() {
        StoredDocument ccd = f.documentService.push(HCID, DANIEL, CCD, "XML", "test").document();
        assertThat(xcpd().outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        assertThat(f.identities.entries).as("the match is cached").isNotEmpty();

        f.store.recordConsent(HCID, DANIEL, true, "partner-a");
        assertThat(f.identities.entries).as("the community's cached answers are forgotten at once").isEmpty();
        assertThat(lastAudit().detail()).contains("opted out");
        assertThat(lastAudit().initiator().subject()).isEqualTo("partner-a");

        PatientDiscoveryResponse none = xcpd();
        assertThat(none.outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.NO_MATCH);
        assertThat(none.matches()).isEmpty();
        assertThat(lastAudit().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(lastAudit().detail()).contains(Withholding.BY_CONSENT);

        AdhocQueryResponse found = find();
        AdhocQueryResponse unknown = query(AdhocQueryRequest.findDocuments(new PatientId("NOPE", Oid.of(AUTHORITY)), HOME),
                CodedValue.treatment());
        assertThat(found.documents()).isEmpty();
        assertThat(found.errors()).extracting(RegistryError::errorCode).containsExactly(RegistryError.UNKNOWN_PATIENT_ID);
        assertThat(found.errors().get(0).codeContext()).as("exactly as for an unknown patient")
                .isEqualTo(unknown.errors().get(0).codeContext().replace("NOPE", "DE-1"));
        assertThat(f.audit).anyMatch(a -> a.outcome() == Outcome.REFUSED && a.detail().contains(Withholding.BY_CONSENT)
                && "DE-1^^^&" .concat(AUTHORITY).concat("&ISO").equals(a.patient()));

        RetrieveDocumentSetResponse r = retrieve(ccd);
        assertThat(r.documents()).isEmpty();
        assertThat(r.errors()).extracting(RegistryError::errorCode).containsExactly(RegistryError.DOCUMENT_UNIQUE_ID_ERROR);
        assertThat(lastAudit().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(lastAudit().detail()).contains(Withholding.BY_CONSENT).contains(ccd.uniqueId().value());

        f.store.recordConsent(HCID, DANIEL, false, "partner-a");
        assertThat(xcpd().outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        assertThat(find().documents()).hasSize(1);
        assertThat(retrieve(ccd).documents()).hasSize(1);
    }

    @Test
    void aReplacedDocumentIsDeprecatedAndFoundOnlyWhenDeprecatedEntriesAreAskedFor() {
        StoredDocument old = f.documentService.push(HCID, DANIEL, CCD, "XML", "test").document();
        StoredDocument replacement = f.store.replace(HCID, DANIEL, old.uniqueId().value(), Relation.RPLC, CCD_REPLACEMENT, "XML",
                "partner-a");
        assertThat(old.status()).isEqualTo(StoredDocument.DEPRECATED);
        assertThat(replacement.status()).isEqualTo(StoredDocument.APPROVED);
        assertThat(replacement.parentId()).contains(old.id());
        assertThat(replacement.relation()).contains(Relation.RPLC);
        assertThat(lastAudit().detail()).contains("replaces " + old.uniqueId().value()).contains("deprecated");

        AdhocQueryResponse approved = find(StoredDocument.APPROVED);
        assertThat(approved.documents()).extracting(DocumentEntry::uniqueId).containsExactly(replacement.uniqueId());
        AdhocQueryResponse both = find(StoredDocument.APPROVED, StoredDocument.DEPRECATED);
        assertThat(both.documents()).extracting(e -> e.uniqueId().value() + " " + e.status()).containsExactlyInAnyOrder(
                replacement.uniqueId().value() + " " + StoredDocument.APPROVED, old.uniqueId().value() + " " + StoredDocument.DEPRECATED);
        assertThat(find(StoredDocument.DEPRECATED).documents()).extracting(DocumentEntry::uniqueId).containsExactly(old.uniqueId());
        assertThat(PatientDocuments.latestSummary(f.documents.ofPatient(replacement.patientKey()))).contains(replacement);

        AdhocQueryResponse associations = query(new AdhocQueryRequest(dev.crossway.interop.xca.StoredQuery.GET_ASSOCIATIONS,
                dev.crossway.interop.xca.ReturnType.LEAF_CLASS, Optional.of(HOME),
                java.util.Map.of("$uuid", List.of(List.of(old.entryUuid())))), CodedValue.treatment());
        assertThat(associations.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(associations.associations()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(dev.crossway.interop.xca.Association.RPLC);
            assertThat(a.sourceObject()).isEqualTo(replacement.entryUuid());
            assertThat(a.targetObject()).isEqualTo(old.entryUuid());
        });

        assertThatThrownBy(() -> f.store.replace(HCID, DANIEL, old.uniqueId().value(), Relation.RPLC, CONSULT, "XML", "partner-a"))
                .isInstanceOf(ResponderValidationException.class).hasMessageContaining("already replaced by "
                        + replacement.uniqueId().value());
    }

    @Test
    void anAddendumKeepsBothApproved() {
        StoredDocument old = f.documentService.push(HCID, DANIEL, CCD, "XML", "test").document();
        StoredDocument addendum = f.store.replace(HCID, DANIEL, old.uniqueId().value(), Relation.APND, CONSULT, "XML", "partner-a");
        assertThat(old.status()).isEqualTo(StoredDocument.APPROVED);
        assertThat(addendum.relation()).contains(Relation.APND);
        assertThat(find(StoredDocument.APPROVED).documents()).hasSize(2);
    }

    @Test
    void replacingADocumentOfAnotherPatientOrAnUnknownOneIsNotFoundAndStoresNothing() {
        PatientId other = new PatientId("OT-1", Oid.of(AUTHORITY));
        f.patientService.register(new PatientForm(HCID, List.of(other), "Olga", null, "Other", LocalDate.of(1980, 1, 1),
                "Female", null, null, null, null, null, null), "test");
        StoredDocument theirs = f.documentService.push(HCID, other, CCD, "XML", "test").document();
        int stored = f.documents.ofPatient(theirs.patientKey()).size();
        assertThatThrownBy(() -> f.store.replace(HCID, DANIEL, theirs.uniqueId().value(), Relation.RPLC, CONSULT, "XML", "x"))
                .isInstanceOf(DocumentNotFoundException.class);
        assertThatThrownBy(() -> f.store.replace(HCID, DANIEL, "1.2.3.999", Relation.RPLC, CONSULT, "XML", "x"))
                .isInstanceOf(DocumentNotFoundException.class);
        assertThat(theirs.status()).isEqualTo(StoredDocument.APPROVED);
        assertThat(f.documents.ofPatient(theirs.patientKey())).hasSize(stored);
    }

    @Test
    void aWithdrawnDocumentIsNeverDisclosedAgainAndTheWithdrawalIsAudited() {
        StoredDocument ccd = f.documentService.push(HCID, DANIEL, CCD, "XML", "test").document();
        StoredDocument consult = f.documentService.push(HCID, DANIEL, CONSULT, "XML", "test").document();
        f.store.withdraw(HCID, ccd.uniqueId().value(), "partner-a");
        assertThat(lastAudit().detail()).contains("withdrawn").contains(ccd.uniqueId().value());
        assertThat(find(StoredDocument.APPROVED, StoredDocument.DEPRECATED).documents()).extracting(DocumentEntry::uniqueId)
                .containsExactly(consult.uniqueId());
        AdhocQueryResponse byId = query(new AdhocQueryRequest(dev.crossway.interop.xca.StoredQuery.GET_DOCUMENTS,
                dev.crossway.interop.xca.ReturnType.LEAF_CLASS, Optional.of(HOME),
                java.util.Map.of("$XDSDocumentEntryUniqueId", List.of(List.of(ccd.uniqueId().value())))), CodedValue.treatment());
        assertThat(byId.documents()).isEmpty();
        assertThat(lastAudit().detail()).contains("withdrawn");
        RetrieveDocumentSetResponse r = retrieve(ccd);
        assertThat(r.documents()).isEmpty();
        assertThat(r.errors()).extracting(RegistryError::errorCode).containsExactly(RegistryError.DOCUMENT_UNIQUE_ID_ERROR);
        assertThat(lastAudit().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(lastAudit().detail()).contains("withdrawn");
    }

    @Test
    void aRestrictedDocumentIsWithheldForTreatmentByDefaultAndDisclosedWhenThePolicyAllowsIt() {
        StoredDocument ccd = f.documentService.push(HCID, DANIEL, CCD, "XML", "test").document();
        StoredDocument restricted = f.documentService.push(HCID, DANIEL, RESTRICTED, "XML", "test").document();
        assertThat(restricted.confidentiality()).isEqualTo("R");

        assertThat(find().documents()).extracting(DocumentEntry::uniqueId).containsExactly(ccd.uniqueId());
        assertThat(lastAudit().detail()).contains("withheld by confidentiality").contains(restricted.uniqueId().value());
        assertThat(retrieve(restricted).documents()).isEmpty();
        assertThat(lastAudit().detail()).contains("withheld by confidentiality");

        new CommunityService(f.communities, f.gatewayAudit, f.clock).save(new CommunityForm(HCID, "Community", AUTHORITY, "Stored",
                List.of("TREATMENT"), null, null, List.of("TREATMENT"), List.of()), "admin");
        assertThat(find().documents()).extracting(DocumentEntry::uniqueId).containsExactlyInAnyOrder(ccd.uniqueId(),
                restricted.uniqueId());
        assertThat(retrieve(restricted).documents()).hasSize(1);
    }

    @Test
    void aMergeKeepsTheOptOutOfTheRetiredPatient() {
        PatientId twin = new PatientId("DE-2", Oid.of(AUTHORITY));
        f.patientService.register(new PatientForm(HCID, List.of(twin), "Dan", null, "Evans", LocalDate.of(1957, 4, 23),
                "Male", null, null, null, null, null, null), "test");
        f.store.recordConsent(HCID, twin, true, "partner-a");
        f.patientService.merge(HCID, DANIEL, twin, "partner-a");
        assertThat(f.patients.byIdentifier(HOME, DANIEL).orElseThrow().isOptedOut()).isTrue();
        assertThat(xcpd().outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.NO_MATCH);
    }

    @Test
    void anUploadCarriesTypeClassFormatAndPracticeSettingCodes() {
        StoredDocument pdf = f.documentService.push(HCID, DANIEL, "%PDF-1.4 x\n".getBytes(StandardCharsets.US_ASCII), "PDF", "t")
                .document();
        DocumentEntry e = find().documents().get(0);
        assertThat(e.uniqueId()).isEqualTo(pdf.uniqueId());
        assertThat(e.codes().typeCode()).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo("55188-7"));
        assertThat(e.codes().classCode()).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo("55188-7"));
        assertThat(e.codes().formatCode()).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo(FileTypes.MIME_SUFFICIENT));
        assertThat(e.codes().practiceSettingCode()).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo("394802001"));
    }
}
