package dev.crossway.interop.xca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.soap.IheSamples;
import dev.crossway.interop.soap.MtomMessage;
import dev.crossway.interop.soap.MtomReader;
import dev.crossway.interop.soap.MtomWriter;
import dev.crossway.interop.soap.Schemas;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.soap.XopParts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class RetrieveTest {

    private static final byte[] GIF_BASE64_DECODED = java.util.Base64.getDecoder().decode("UjBsR09EbGhjZ0dTQUxNQUFBUUNBRU1tQ1p0dU1GUXhEUzhi");

    private static RetrieveDocumentSetResponse response(String sample) {
        return RetrieveResponseReader.read(IheSamples.payload(sample));
    }

    @Test
    void readsTheNistRetrieveRequestOfTwoDocuments() {
        RetrieveDocumentSetRequest r = RetrieveRequestReader.read(IheSamples.payload("nist-iheos-toolkit2/iti39_xcr_request.soap.xml"));
        assertThat(r.documents()).containsExactly(
                DocumentRequest.of(HomeCommunityId.of("1.2.3.5"), RepositoryUniqueId.of("1.3.6.1.4.1000"), new DocumentUniqueId("1.3.6.1.4.2300")),
                DocumentRequest.of(HomeCommunityId.of("1.2.3.5"), RepositoryUniqueId.of("1.3.6.1.4.2000"), new DocumentUniqueId("1.3.6.1.4.2301")));
    }

    @Test
    void readsTheConnectRequestWithItsDefaultRepositoryIdOne() {
        SoapEnvelope envelope = IheSamples.envelope("connect/iti39_request_with_nhin_saml.soap.xml");
        RetrieveDocumentSetRequest r = RetrieveRequestReader.read(envelope.payload());
        DocumentRequest only = r.documents().get(0);
        assertThat(only.homeCommunityId()).contains(HomeCommunityId.of("2.2"));
        assertThat(only.repositoryUniqueId().value()).isEqualTo("1");
        assertThat(only.repositoryUniqueId().asOid()).isEmpty();
        assertThat(only.documentUniqueId().value()).isEqualTo("1.123407.777777");
    }

    @Test
    void readsInlineBase64Documents() {
        RetrieveDocumentSetResponse r = response("nist-iheos-toolkit2/iti39_xcr_response.soap.xml");
        assertThat(r.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(r.documents()).hasSize(2).allSatisfy(d -> {
            assertThat(d.homeCommunityId()).contains(HomeCommunityId.of("1.2.3"));
            assertThat(d.repositoryUniqueId().value()).isEqualTo("1.3.6.1.4.1000");
            assertThat(d.documentUniqueId().value()).isEqualTo("1.3.6.1.4.2300");
            assertThat(d.mimeType()).isEqualTo("text/xml");
            assertThat(d.content()).isEqualTo(GIF_BASE64_DECODED);
        });
        assertThat(new String(GIF_BASE64_DECODED, StandardCharsets.US_ASCII)).startsWith("R0lGODlh");
    }

    @Test
    void readsErrorsAndAMissingHomeCommunityId() {
        RetrieveDocumentSetResponse error = response("nist-iheos-toolkit2/iti39_xcr_response_error.soap.xml");
        assertThat(error.status()).isEqualTo(ResponseStatus.FAILURE);
        assertThat(error.errors()).containsExactly(new RegistryError("MyBigError", "My Prog", Optional.of("urn:oid:1.2.3"), RegistryError.Severity.ERROR));
        RetrieveDocumentSetResponse noHcid = response("nist-iheos-toolkit2/iti39_xcr_response_no_hcid.soap.xml");
        assertThat(noHcid.documents()).extracting(RetrievedDocument::homeCommunityId)
                .containsExactly(Optional.empty(), Optional.of(HomeCommunityId.of("1.2.3")));
    }

    @Test
    void readsMetriportEmptyAndSuccessWithErrorResponses() {
        RetrieveDocumentSetResponse empty = response("metriport/dr_empty.soap.xml");
        assertThat(empty.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(empty.documents()).isEmpty();
        RetrieveDocumentSetResponse registryError = response("metriport/dr_registry_error.soap.xml");
        assertThat(registryError.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(registryError.errors()).extracting(RegistryError::errorCode, RegistryError::codeContext)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("XDSRegistryError", "Error retrieving from repository"));
    }

    @Test
    void readsTheDeferredPartialSuccessWithItsNonOidIds() {
        RetrieveDocumentSetResponse r = response("metriport/dr-partial-success.soap.xml");
        assertThat(r.status()).isEqualTo(ResponseStatus.PARTIAL_SUCCESS);
        assertThat(r.errors()).isEmpty();
        assertThat(r.rejected()).isEmpty();
        assertThat(r.documents()).hasSize(2).allSatisfy(d -> {
            assertThat(d.homeCommunityId()).contains(HomeCommunityId.of("1.2.3.4"));
            assertThat(d.repositoryUniqueId().value()).isEqualTo("1.3.6.1.4...1000");
            assertThat(d.repositoryUniqueId().asOid()).isEmpty();
            assertThat(d.documentUniqueId().value()).isEqualTo("1.3.6.1.4...2300");
            assertThat(d.documentUniqueId().isOidBased()).isFalse();
            assertThat(d.mimeType()).isEqualTo("text/xml");
            assertThat(d.content()).isEqualTo(GIF_BASE64_DECODED);
        });
    }

    @Test
    void setsAsideDocumentsWhoseContentIsNotBase64AndKeepsTheOthers() {
        RetrieveDocumentSetResponse r = response("metriport/dr_success.soap.xml");
        assertThat(r.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(r.errors()).isEmpty();
        assertThat(r.documents()).isEmpty();
        assertThat(r.rejected()).containsExactly(
                new RejectedDocument(Optional.of(HomeCommunityId.of("2.16.840.1.113883.3.9621")),
                        Optional.of(RepositoryUniqueId.of("2.16.840.1.113883.3.9621")), Optional.of(new DocumentUniqueId("123456789")),
                        "RetrieveDocumentSetResponse/DocumentResponse[1]/Document is neither base64 nor an xop:Include"),
                new RejectedDocument(Optional.of(HomeCommunityId.of("2.16.840.1.113883.3.9621")),
                        Optional.of(RepositoryUniqueId.of("2.16.840.1.113883.3.9621")), Optional.of(new DocumentUniqueId("987654321")),
                        "RetrieveDocumentSetResponse/DocumentResponse[2]/Document is neither base64 nor an xop:Include"));

        String oneGood = new String(IheSamples.bytes("metriport/dr_success.soap.xml"), StandardCharsets.UTF_8)
                .replace("<Document>Metriport is the best!</Document>", "<Document>\n  PENsaW5pY2FsRG9j\n  dW1lbnQvPg==\n</Document>");
        RetrieveDocumentSetResponse mixed = RetrieveResponseReader.read(SoapEnvelope.parse(oneGood.getBytes(StandardCharsets.UTF_8)).payload());
        assertThat(mixed.rejected()).extracting(x -> x.documentUniqueId().orElseThrow().value()).containsExactly("123456789");
        assertThat(mixed.documents()).singleElement().satisfies(d -> {
            assertThat(d.documentUniqueId().value()).isEqualTo("987654321");
            assertThat(d.mimeType()).isEqualTo("application/xml");
            assertThat(new String(d.content(), StandardCharsets.UTF_8)).isEqualTo("<ClinicalDocument/>");
        });
    }

    @Test
    void readsADoubledUrnOidPrefixAndSetsAsideAnEmptyDocument() {
        RetrieveDocumentSetResponse r = response("metriport/dr-insert-b64.soap.xml");
        assertThat(r.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(r.documents()).isEmpty();
        assertThat(r.rejected()).containsExactly(new RejectedDocument(Optional.of(HomeCommunityId.of("2.16.840.1.113883.3.9621")),
                Optional.of(RepositoryUniqueId.of("2.16.840.1.113883.3.9621")), Optional.of(new DocumentUniqueId("987654321")),
                "RetrieveDocumentSetResponse/DocumentResponse[1]/Document is empty"));
        assertThat(HomeCommunityId.of("urn:oid:urn:oid:2.16.840.1.113883.3.9621").urn()).isEqualTo("urn:oid:2.16.840.1.113883.3.9621");
        assertThatThrownBy(() -> HomeCommunityId.of("urn:oid:urn:oid:urn:oid:1.2.3")).hasMessageContaining("not an OID");
        assertThatThrownBy(() -> HomeCommunityId.of("urn:oid:1.2.3' or '1'='1")).hasMessageContaining("not an OID");
    }

    @Test
    void stillRefusesWhatConcernsTheWholeMessage() {
        String noRepo = new String(IheSamples.bytes("nist-iheos-toolkit2/iti39_xcr_request.soap.xml"), StandardCharsets.UTF_8)
                .replaceFirst("<RepositoryUniqueId>1.3.6.1.4.1000</RepositoryUniqueId>", "");
        assertThatThrownBy(() -> RetrieveRequestReader.read(SoapEnvelope.parse(noRepo.getBytes(StandardCharsets.UTF_8)).payload()))
                .hasMessage("RetrieveDocumentSetRequest/DocumentRequest[1]: required element RepositoryUniqueId is missing");
        String badStatus = new String(IheSamples.bytes("metriport/dr_success.soap.xml"), StandardCharsets.UTF_8)
                .replace("ResponseStatusType:Success", "ResponseStatusType:Sucess");
        assertThatThrownBy(() -> RetrieveResponseReader.read(SoapEnvelope.parse(badStatus.getBytes(StandardCharsets.UTF_8)).payload()))
                .isInstanceOf(XcaMessageException.class).hasMessageContaining("unknown registry response status");
        assertThatThrownBy(() -> new RetrieveDocumentSetResponse(ResponseStatus.FAILURE, List.of(), List.of()))
                .hasMessageContaining("needs at least one RegistryError");
    }

    @Test
    void requestAndInlineResponseRoundTripAndValidate() {
        RetrieveDocumentSetRequest request = new RetrieveDocumentSetRequest(List.of(
                DocumentRequest.of(HomeCommunityId.of("1.2.3"), RepositoryUniqueId.of("1.3.6.1.4.1000"), new DocumentUniqueId("1.3.6.1.4.2300")),
                new DocumentRequest(Optional.empty(), RepositoryUniqueId.of("1"), new DocumentUniqueId("1.123407.777777"))));
        Element writtenRequest = RetrieveRequestWriter.write(request);
        Schemas.validate(writtenRequest, Schemas.XDSB);
        assertThat(RetrieveRequestReader.read(writtenRequest)).isEqualTo(request);

        RetrieveDocumentSetResponse response = new RetrieveDocumentSetResponse(ResponseStatus.PARTIAL_SUCCESS,
                List.of(RegistryError.error(RegistryError.DOCUMENT_UNIQUE_ID_ERROR, "1.123407.777777 unknown", "urn:oid:1.2.3")),
                List.of(new RetrievedDocument(Optional.of(HomeCommunityId.of("1.2.3")), RepositoryUniqueId.of("1.3.6.1.4.1000"),
                        new DocumentUniqueId("1.3.6.1.4.2300"), Optional.of(RepositoryUniqueId.of("1.3.6.1.4.1001")),
                        Optional.of(new DocumentUniqueId("1.3.6.1.4.2399")), "text/xml", "<ClinicalDocument/>".getBytes(StandardCharsets.UTF_8))));
        Element written = RetrieveResponseWriter.write(response);
        Schemas.validate(written, Schemas.XDSB);
        assertThat(RetrieveResponseReader.read(written)).isEqualTo(response);
    }

    @Test
    void inlineDocumentsSplicedIntoTheAnswerGiveTheBytesOfTheDomWriter() {
        byte[] binary = new byte[200_001];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7 + i / 251);
        }
        RetrieveDocumentSetResponse response = new RetrieveDocumentSetResponse(ResponseStatus.PARTIAL_SUCCESS,
                List.of(RegistryError.error(RegistryError.DOCUMENT_UNIQUE_ID_ERROR, "1.123407.777777 unknown", "urn:oid:1.2.3")),
                List.of(RetrievedDocument.of(HomeCommunityId.of("1.2.3"), RepositoryUniqueId.of("1.3.6.1.4.1000"),
                                new DocumentUniqueId("1.3.6.1.4.2300"), "application/octet-stream", binary),
                        RetrievedDocument.of(HomeCommunityId.of("1.2.3"), RepositoryUniqueId.of("1.3.6.1.4.1000"),
                                new DocumentUniqueId("1.3.6.1.4.2301"), "text/xml", "<ClinicalDocument/>".getBytes(StandardCharsets.UTF_8)),
                        RetrievedDocument.of(HomeCommunityId.of("1.2.3"), RepositoryUniqueId.of("1.3.6.1.4.1000"),
                                new DocumentUniqueId("1.3.6.1.4.2302"), "text/plain", new byte[] {'x', 'y'})));
        WsAddressing addressing = WsAddressing.request(EbXml.ACTION_RETRIEVE_RESPONSE, null);
        byte[] dom = SoapEnvelope.create(addressing, RetrieveResponseWriter.write(response)).toBytes();
        InlineDocuments inline = new InlineDocuments();
        byte[] spliced = inline.splice(SoapEnvelope.create(addressing, RetrieveResponseWriter.write(response, inline)).toBytes());

        assertThat(new String(spliced, StandardCharsets.UTF_8)).isEqualTo(new String(dom, StandardCharsets.UTF_8));
        assertThat(RetrieveResponseReader.read(SoapEnvelope.parse(spliced).payload())).isEqualTo(response);
    }

    @Test
    void anAnswerWithoutDocumentsIsNotChangedBySplicing() {
        RetrieveDocumentSetResponse response = new RetrieveDocumentSetResponse(ResponseStatus.FAILURE,
                List.of(RegistryError.error(RegistryError.DOCUMENT_UNIQUE_ID_ERROR, "1.2.3.4 unknown", "urn:oid:1.2.3")), List.of());
        InlineDocuments inline = new InlineDocuments();
        byte[] xml = SoapEnvelope.create(WsAddressing.request(EbXml.ACTION_RETRIEVE_RESPONSE, null),
                RetrieveResponseWriter.write(response, inline)).toBytes();
        assertThat(inline.splice(xml)).isSameAs(xml);
    }

    @Test
    void mtomResponseCarriesDocumentsAsXopParts() {
        byte[] pdf = "%PDF-1.7\r\n--MIMEBoundary_fake\r\n\u0000binary".getBytes(StandardCharsets.ISO_8859_1);
        RetrieveDocumentSetResponse response = RetrieveDocumentSetResponse.success(List.of(
                RetrievedDocument.of(HomeCommunityId.of("1.2.3"), RepositoryUniqueId.of("1.3.6.1.4.1000"), new DocumentUniqueId("1.3.6.1.4.2300"),
                        "application/pdf", pdf),
                RetrievedDocument.of(HomeCommunityId.of("1.2.3"), RepositoryUniqueId.of("1.3.6.1.4.1000"), new DocumentUniqueId("1.3.6.1.4.2301"),
                        "text/xml", "<ClinicalDocument/>".getBytes(StandardCharsets.UTF_8))));
        XopParts parts = new XopParts();
        SoapEnvelope envelope = SoapEnvelope.create(WsAddressing.request(EbXml.ACTION_RETRIEVE_RESPONSE, null),
                RetrieveResponseWriter.write(response, parts));
        assertThat(parts.parts()).hasSize(2);
        MtomWriter.Output out = MtomWriter.write(envelope, parts.parts());

        MtomMessage received = MtomReader.read(out.contentType(), out.body());
        assertThat(RetrieveResponseReader.read(received.envelope().payload(), received.resolver())).isEqualTo(response);
        assertThatThrownBy(() -> RetrieveResponseReader.read(received.envelope().payload()))
                .hasMessageContaining("found in a message that is not MTOM");
    }
}
