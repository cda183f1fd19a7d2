package dev.crossway.responder.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.id.DocumentUniqueId;
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
import dev.crossway.interop.xca.ReturnType;
import dev.crossway.interop.xca.StoredQuery;
import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.application.PatientForm;
import dev.crossway.responder.domain.audit.Transaction;
import dev.crossway.responder.domain.document.StoredDocument;
import dev.crossway.testsupport.Shared;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ITI-38 and ITI-39 against a community holding a real C-CDA and a PDF: answers and every XCA error. */
class XcaResponderTest {

    static final String HCID = "2.16.840.1.113883.3.9999.1.1";
    static final HomeCommunityId HOME = HomeCommunityId.of(HCID);
    static final PatientId ALICE = new PatientId("ALICE-1", Oid.of(HCID + ".1"));
    static final byte[] CCD = Shared.bytes("samples/ccda/hl7-c-cda-examples/CCD_1.xml");
    static final byte[] PDF = "%PDF-1.4 not really a pdf\n".getBytes(StandardCharsets.US_ASCII);

    private GatewayFixture f;
    private StoredDocument ccd;
    private StoredDocument pdf;

    @BeforeEach
    void store() {
        f = new GatewayFixture();
        f.host(HCID, HCID + ".1");
        f.patientService.register(new PatientForm(HCID, List.of(ALICE), "Alice", null, "Newman", LocalDate.of(1970, 5, 1),
                "Female", null, null, null, null, null, null), "test");
        ccd = f.documentService.push(HCID, ALICE, CCD, "XML", "test").document();
        pdf = f.documentService.push(HCID, ALICE, PDF, "PDF", "test").document();
        f.correlate(HCID, ALICE);
    }

    @Test
    void findDocumentsForAPatientNoXcpdAnswerGaveThisInitiatorIsAnsweredAsAnUnknownPatientAndRefused() {
        GatewayFixture other = new GatewayFixture();
        other.host(HCID, HCID + ".1");
        other.patientService.register(new PatientForm(HCID, List.of(ALICE), "Alice", null, "Newman", LocalDate.of(1970, 5, 1),
                "Female", null, null, null, null, null, null), "test");
        other.documentService.push(HCID, ALICE, CCD, "XML", "test").document();
        // another initiator's correlation of the same patient does not count
        other.correlations.disclosed("2.16.840.1.113883.3.7777", HCID, ALICE.toCx(), java.time.Duration.ofHours(1));
        f = other;
        AdhocQueryResponse walked = query(AdhocQueryRequest.findDocuments(ALICE, HOME));
        AdhocQueryResponse unknown = query(AdhocQueryRequest.findDocuments(new PatientId("NOPE", Oid.of(HCID + ".1")), HOME));
        assertThat(onlyError(walked).errorCode()).isEqualTo(RegistryError.UNKNOWN_PATIENT_ID);
        assertThat(onlyError(walked).codeContext()).as("indistinguishable from an unknown id")
                .isEqualTo(onlyError(unknown).codeContext().replace("NOPE", "ALICE-1"));
        assertThat(walked.documents()).isEmpty();
        var audit = f.audit.stream().filter(a -> a.detail().contains("was not disclosed")).toList();
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).outcome()).isEqualTo(dev.crossway.responder.domain.audit.Outcome.REFUSED);
    }

    @Test
    void withoutTheCorrelationRuleAKnownIdIsAnsweredToAnyTrustedInitiator() {
        GatewayFixture open = new GatewayFixture();
        open.settings = new ResponderSettings(ResponderSettings.DEFAULT_MAX_BYTES, ResponderSettings.DEFAULT_TTL,
                ResponderSettings.DEFAULT_REVOCATION, new DisclosureLimits(100, DisclosureLimits.DEFAULT_RETRIEVE_MAX_BYTES, 1000, false));
        open.host(HCID, HCID + ".1");
        open.patientService.register(new PatientForm(HCID, List.of(ALICE), "Alice", null, "Newman", LocalDate.of(1970, 5, 1),
                "Female", null, null, null, null, null, null), "test");
        open.documentService.push(HCID, ALICE, CCD, "XML", "test").document();
        f = open;
        assertThat(query(AdhocQueryRequest.findDocuments(ALICE, HOME)).documents()).hasSize(1);
    }

    private AdhocQueryResponse query(AdhocQueryRequest request) {
        return query(request, GatewayFixture.spec(GatewayFixture.QUERY_URL).build());
    }

    private AdhocQueryResponse query(AdhocQueryRequest request, dev.crossway.interop.saml.AssertionSpec spec) {
        GatewayReply reply = f.post(GatewayEndpoint.XCA_QUERY, GatewayFixture.signed(AdhocQueryRequestWriter.write(request),
                EbXml.ACTION_QUERY, GatewayFixture.QUERY_URL, spec, GatewayFixture.PARTNER, Clock.systemUTC()));
        assertThat(reply.httpStatus()).isEqualTo(200);
        assertThat(GatewayFixture.envelope(reply).addressing().action()).contains(EbXml.ACTION_QUERY_RESPONSE);
        return AdhocQueryResponseReader.read(GatewayFixture.envelope(reply).payload());
    }

    private static RegistryError onlyError(AdhocQueryResponse r) {
        assertThat(r.status()).isEqualTo(ResponseStatus.FAILURE);
        assertThat(r.errors()).hasSize(1);
        return r.errors().get(0);
    }

    @Test
    void findDocumentsReturnsFullMetadataWithHome() {
        AdhocQueryResponse r = query(AdhocQueryRequest.findDocuments(ALICE, HOME));
        assertThat(r.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(r.documents()).hasSize(2);
        DocumentEntry e = r.documents().stream().filter(d -> d.mimeType().equals("text/xml")).findFirst().orElseThrow();
        assertThat(e.home()).contains(HOME);
        assertThat(e.uniqueId()).isEqualTo(ccd.uniqueId());
        assertThat(e.patientId()).isEqualTo(ALICE);
        assertThat(e.slots().repositoryUniqueId()).contains(RepositoryUniqueId.of(HCID));
        assertThat(e.slots().size()).contains((long) CCD.length);
        assertThat(e.slots().hash()).contains(ccd.sha1());
        assertThat(e.slots().creationTime()).isPresent();
        assertThat(e.codes().typeCode()).isPresent();
        assertThat(e.codes().classCode()).isPresent();
        assertThat(e.codes().formatCode()).isPresent();
        assertThat(e.title()).isPresent();
        assertThat(f.audit.get(f.audit.size() - 1).transaction()).isEqualTo(Transaction.ITI_38);
        assertThat(f.audit.get(f.audit.size() - 1).documents()).hasSize(2);
    }

    @Test
    void objectRefReturnsReferences() {
        AdhocQueryRequest q = AdhocQueryRequest.findDocuments(ALICE, HOME);
        AdhocQueryResponse r = query(new AdhocQueryRequest(q.query(), ReturnType.OBJECT_REF, q.home(), q.parameters()));
        assertThat(r.documents()).isEmpty();
        assertThat(r.references()).extracting(ref -> ref.id()).containsExactlyInAnyOrder(ccd.entryUuid(), pdf.entryUuid());
    }

    @Test
    void getDocumentsByUniqueId() {
        Map<String, List<List<String>>> p = new LinkedHashMap<>();
        p.put("$XDSDocumentEntryUniqueId", List.of(List.of(pdf.uniqueId().value())));
        AdhocQueryResponse r = query(new AdhocQueryRequest(StoredQuery.GET_DOCUMENTS, ReturnType.LEAF_CLASS, Optional.of(HOME), p));
        assertThat(r.documents()).extracting(DocumentEntry::uniqueId).containsExactly(pdf.uniqueId());
        assertThat(r.documents().get(0).mimeType()).isEqualTo("application/pdf");
    }

    @Test
    void anUnknownPatientIsXdsUnknownPatientId() {
        RegistryError e = onlyError(query(AdhocQueryRequest.findDocuments(new PatientId("NOPE", Oid.of(HCID + ".1")), HOME)));
        assertThat(e.errorCode()).isEqualTo(RegistryError.UNKNOWN_PATIENT_ID);
        assertThat(e.location()).contains(HOME.urn());
    }

    @Test
    void anUnhostedCommunityIsXdsUnknownCommunity() {
        RegistryError e = onlyError(query(AdhocQueryRequest.findDocuments(ALICE, HomeCommunityId.of("1.2.3.4.5"))));
        assertThat(e.errorCode()).isEqualTo(RegistryError.UNKNOWN_COMMUNITY);
    }

    @Test
    void aQueryWithoutHomeIsXdsMissingHomeCommunityId() {
        AdhocQueryRequest q = AdhocQueryRequest.findDocuments(ALICE, null);
        assertThat(onlyError(query(q)).errorCode()).isEqualTo(RegistryError.MISSING_HOME_COMMUNITY_ID);
    }

    @Test
    void aPurposeOfUseOutsideThePolicyIsAPolicyRegistryError() {
        RegistryError e = onlyError(query(AdhocQueryRequest.findDocuments(ALICE, HOME), GatewayFixture.spec(GatewayFixture.QUERY_URL)
                .purposeOfUse(CodedValue.purposeOfUse("MARKETING", "Marketing")).build()));
        assertThat(e.errorCode()).isEqualTo(RegistryError.REGISTRY_ERROR);
        assertThat(e.codeContext()).contains("Policy refusal").contains("MARKETING");
    }

    @Test
    void anUnsupportedStoredQueryIsNamed() {
        Map<String, List<List<String>>> p = new LinkedHashMap<>();
        p.put("$XDSFolderPatientId", List.of(List.of(ALICE.toCx())));
        p.put("$XDSFolderStatus", List.of(List.of(EbXml.STATUS_APPROVED)));
        RegistryError e = onlyError(query(new AdhocQueryRequest(StoredQuery.FIND_FOLDERS, ReturnType.LEAF_CLASS, Optional.of(HOME), p)));
        assertThat(e.errorCode()).isEqualTo(XcaQueryResponder.UNKNOWN_STORED_QUERY);
    }


    private static DocumentRequest request(StoredDocument d) {
        return DocumentRequest.of(HOME, RepositoryUniqueId.of(HCID), d.uniqueId());
    }

    @Test
    void retrieveReturnsTheExactBytesInlineWhenAskedInline() {
        RetrieveDocumentSetResponse r = f.retrieve(false, request(ccd));
        assertThat(r.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(r.documents().get(0).content()).isEqualTo(CCD);
        assertThat(r.documents().get(0).homeCommunityId()).contains(HOME);
        assertThat(f.audit.get(f.audit.size() - 1).documents()).containsExactly(ccd.uniqueId().value());
        assertThat(f.audit.get(f.audit.size() - 1).patient()).isEqualTo(ALICE.toCx());
    }

    @Test
    void retrieveAnswersInMtomWhenAskedInMtom() {
        RetrieveDocumentSetResponse r = f.retrieve(true, request(ccd), request(pdf));
        assertThat(r.documents()).extracting(d -> d.content().length).containsExactly(CCD.length, PDF.length);
        assertThat(r.documents().get(1).content()).isEqualTo(PDF);
        assertThat(r.documents().get(1).mimeType()).isEqualTo("application/pdf");
    }

    @Test
    void anUnknownDocumentIsXdsDocumentUniqueIdErrorWithPartialSuccess() {
        DocumentRequest unknown = DocumentRequest.of(HOME, RepositoryUniqueId.of(HCID), new DocumentUniqueId("1.2.3.4.999"));
        RetrieveDocumentSetResponse partial = f.retrieve(false, request(ccd), unknown);
        assertThat(partial.status()).isEqualTo(ResponseStatus.PARTIAL_SUCCESS);
        assertThat(partial.errors()).extracting(RegistryError::errorCode).containsExactly(RegistryError.DOCUMENT_UNIQUE_ID_ERROR);
        RetrieveDocumentSetResponse failure = f.retrieve(false, unknown);
        assertThat(failure.status()).isEqualTo(ResponseStatus.FAILURE);
        assertThat(failure.documents()).isEmpty();
    }

    @Test
    void retrieveErrorsPerDocumentRequest() {
        RetrieveDocumentSetResponse r = f.retrieve(false,
                new DocumentRequest(Optional.empty(), RepositoryUniqueId.of(HCID), ccd.uniqueId()),
                DocumentRequest.of(HomeCommunityId.of("1.2.3.4.5"), RepositoryUniqueId.of(HCID), ccd.uniqueId()),
                DocumentRequest.of(HOME, RepositoryUniqueId.of("1.2.3"), ccd.uniqueId()));
        assertThat(r.status()).isEqualTo(ResponseStatus.FAILURE);
        assertThat(r.errors()).extracting(RegistryError::errorCode).containsExactly(RegistryError.MISSING_HOME_COMMUNITY_ID,
                RegistryError.UNKNOWN_COMMUNITY, RegistryError.UNKNOWN_REPOSITORY_ID);
    }

    private void limits(int documents, long bytes, int results) {
        f.settings = new ResponderSettings(ResponderSettings.DEFAULT_MAX_BYTES, ResponderSettings.DEFAULT_TTL,
                ResponderSettings.DEFAULT_REVOCATION, new DisclosureLimits(documents, bytes, results));
    }

    @Test
    void aThousandDocumentRequestsAreAnsweredUpToTheLimitWithAnErrorForEachOther() {
        DocumentRequest[] thousand = new DocumentRequest[1000];
        java.util.Arrays.fill(thousand, request(ccd));
        RetrieveDocumentSetResponse r = f.retrieve(true, thousand);
        assertThat(r.status()).isEqualTo(ResponseStatus.PARTIAL_SUCCESS);
        assertThat(r.documents()).hasSize(DisclosureLimits.DEFAULT_RETRIEVE_MAX_DOCUMENTS);
        assertThat(r.errors()).hasSize(1000 - DisclosureLimits.DEFAULT_RETRIEVE_MAX_DOCUMENTS)
                .allSatisfy(e -> {
                    assertThat(e.errorCode()).isEqualTo(RegistryError.REPOSITORY_ERROR);
                    assertThat(e.severity()).isEqualTo(RegistryError.Severity.ERROR);
                    assertThat(e.codeContext()).contains(ccd.uniqueId().value()).contains("at most 100");
                });
        assertThat(f.audit).anySatisfy(a -> {
            assertThat(a.transaction()).isEqualTo(Transaction.ITI_39);
            assertThat(a.outcome()).isEqualTo(dev.crossway.responder.domain.audit.Outcome.REFUSED);
            assertThat(a.detail()).contains("retrieve limited: 900 of 1000");
        });
        assertThat(f.audit).filteredOn(a -> a.transaction() == Transaction.ITI_39
                && a.outcome() == dev.crossway.responder.domain.audit.Outcome.SUCCESS)
                .singleElement().satisfies(a -> {
                    assertThat(a.documents()).as("each disclosed document once").containsExactly(ccd.uniqueId().value());
                    assertThat(a.detail()).startsWith("100 document(s)");
                });
    }

    @Test
    void documentsBeyondTheByteLimitAreErrorsAndTheirBytesAreNeverRead() {
        limits(100, CCD.length + PDF.length - 1, 1000);
        int[] reads = {0};
        f.documents.onContentRead = id -> reads[0]++;
        RetrieveDocumentSetResponse r = f.retrieve(false, request(ccd), request(pdf), request(ccd));
        assertThat(r.status()).isEqualTo(ResponseStatus.PARTIAL_SUCCESS);
        assertThat(r.documents()).extracting(d -> d.documentUniqueId()).containsExactly(ccd.uniqueId());
        assertThat(r.errors()).hasSize(2).allSatisfy(e -> assertThat(e.codeContext()).contains("bytes per retrieve"));
        assertThat(reads[0]).as("only the document that fits is read").isEqualTo(1);
        assertThat(f.retrieve(false, request(pdf)).status()).as("a later request gets it").isEqualTo(ResponseStatus.SUCCESS);
    }

    @Test
    void theDocumentLimitIsConfigurable() {
        limits(1, DisclosureLimits.DEFAULT_RETRIEVE_MAX_BYTES, 1000);
        RetrieveDocumentSetResponse r = f.retrieve(false, request(ccd), request(pdf));
        assertThat(r.status()).isEqualTo(ResponseStatus.PARTIAL_SUCCESS);
        assertThat(r.documents()).extracting(d -> d.documentUniqueId()).containsExactly(ccd.uniqueId());
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.codeContext()).contains(pdf.uniqueId().value()));
    }

    @Test
    void findDocumentsBeyondTheLimitAnswersTheNewestWithPartialSuccessAndAWarning() {
        limits(100, DisclosureLimits.DEFAULT_RETRIEVE_MAX_BYTES, 1);
        AdhocQueryResponse r = query(AdhocQueryRequest.findDocuments(ALICE, HOME));
        assertThat(r.status()).isEqualTo(ResponseStatus.PARTIAL_SUCCESS);
        assertThat(r.documents()).extracting(DocumentEntry::uniqueId).containsExactly(pdf.uniqueId());
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.errorCode()).isEqualTo(RegistryError.TOO_MANY_RESULTS);
            assertThat(e.severity()).isEqualTo(RegistryError.Severity.WARNING);
            assertThat(e.location()).contains(HOME.urn());
        });
        assertThat(f.audit.get(f.audit.size() - 1).detail()).contains("truncated");
        AdhocQueryRequest q = AdhocQueryRequest.findDocuments(ALICE, HOME);
        AdhocQueryResponse refs = query(new AdhocQueryRequest(q.query(), ReturnType.OBJECT_REF, q.home(), q.parameters()));
        assertThat(refs.status()).isEqualTo(ResponseStatus.PARTIAL_SUCCESS);
        assertThat(refs.references()).hasSize(1);
    }

    @Test
    void findDocumentsAtTheLimitIsASuccess() {
        limits(100, DisclosureLimits.DEFAULT_RETRIEVE_MAX_BYTES, 2);
        AdhocQueryResponse r = query(AdhocQueryRequest.findDocuments(ALICE, HOME));
        assertThat(r.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(r.documents()).hasSize(2);
        assertThat(r.errors()).isEmpty();
    }
}
