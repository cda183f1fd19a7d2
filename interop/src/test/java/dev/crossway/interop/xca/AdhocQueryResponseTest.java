package dev.crossway.interop.xca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.soap.IheSamples;
import dev.crossway.interop.soap.Schemas;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class AdhocQueryResponseTest {

    private static AdhocQueryResponse read(String sample) {
        return AdhocQueryResponseReader.read(IheSamples.payload(sample));
    }

    @Test
    void readsFullDocumentEntryMetadataOfTheNistResponse() {
        AdhocQueryResponse r = read("nist-iheos-toolkit2/iti38_xcq_response.soap.xml");
        assertThat(r.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(r.errors()).isEmpty();
        assertThat(r.documents()).extracting(d -> d.uniqueId().value()).containsExactly("1.42.20100312104638.15", "1.42.20100312104638.26");
        DocumentEntry d = r.documents().get(0);
        assertThat(d.entryUuid()).isEqualTo("urn:uuid:974330cc-26ff-4ef8-aca5-f71efc3f1fb0");
        assertThat(d.home()).contains(HomeCommunityId.of("2.3.4"));
        assertThat(d.isApproved()).isTrue();
        assertThat(d.isOnDemand()).isFalse();
        assertThat(d.mimeType()).isEqualTo("text/xml");
        assertThat(d.title()).contains("DocA");
        assertThat(d.patientId()).isEqualTo(PatientId.fromCx("c4d77e21d0dd487^^^&1.3.6.1.4.1.21367.2005.3.7&ISO"));
        DocumentSlots s = d.slots();
        assertThat(s.creationTime()).contains("20061224");
        assertThat(s.languageCode()).contains("en-us");
        assertThat(s.serviceStartTime()).contains("200612230800");
        assertThat(s.serviceStopTime()).contains("200612230900");
        assertThat(s.hash()).contains("e543712c0e10501972de13a5bfcbe826c49feb75");
        assertThat(s.size()).contains(36L);
        assertThat(s.repositoryUniqueId()).contains(RepositoryUniqueId.of("1.19.6.24.109.42.1"));
        assertThat(s.uri()).contains("http://129.6.24.109:9080/XdsDocs/testdata/my_document.txt");
        assertThat(s.sourcePatientId()).contains("89765a87b^^^&3.4.5&ISO");
        assertThat(s.sourcePatientInfo()).contains("PID-5|Doe^John^^^", "PID-7|19560527").hasSize(5);
        DocumentCodes c = d.codes();
        assertThat(c.classCode()).contains(new Code("History and Physical", "Connect-a-thon classCodes", Optional.of("History and Physical")));
        assertThat(c.typeCode()).hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("34108-1"));
        assertThat(c.formatCode()).hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("CDAR2/IHE 1.0"));
        assertThat(c.confidentialityCodes()).extracting(Code::code).containsExactly("1.3.6.1.4.1.21367.2006.7.102");
        assertThat(c.healthcareFacilityTypeCode()).hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("Outpatient"));
        assertThat(c.practiceSettingCode()).hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("Dialysis"));
        assertThat(c.eventCodes()).extracting(Code::code).containsExactly("T-D4909", "T-62002");
        assertThat(d.authors()).hasSize(2).first().isEqualTo(new Author(Optional.of("^Smitty^Gerald^^^"),
                List.of("Cleveland Clinic", "Parma Community"), List.of("Attending"), List.of("Orthopedic")));
    }

    @Test
    void readsFailureWithErrorCodeContextAndLocation() {
        AdhocQueryResponse r = read("nist-iheos-toolkit2/iti38_xcq_response_error.soap.xml");
        assertThat(r.status()).isEqualTo(ResponseStatus.FAILURE);
        assertThat(r.errors()).containsExactly(new RegistryError("MyBigError", "My Prog", Optional.of("urn:oid:1.2.3"),
                RegistryError.Severity.ERROR));
        assertThat(r.documents()).hasSize(2);
    }

    @Test
    void readsMetriportEmptyAndPartialSuccessResponses() {
        AdhocQueryResponse empty = read("metriport/dq_empty.soap.xml");
        assertThat(empty.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(empty.documents()).isEmpty();
        AdhocQueryResponse partial = read("metriport/dq_error.soap.xml");
        assertThat(partial.status()).isEqualTo(ResponseStatus.PARTIAL_SUCCESS);
        assertThat(partial.errors()).containsExactly(RegistryError.error(RegistryError.REGISTRY_ERROR, "Error retrieving from repository", null));
        assertThat(partial.documents()).isEmpty();
    }

    @Test
    void readsMetriportEntriesWhoseUniqueIdIsNotAnOid() {
        AdhocQueryResponse r = read("metriport/dq_multiple_docs.soap.xml");
        assertThat(r.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(r.errors()).isEmpty();
        assertThat(r.references()).isEmpty();
        assertThat(r.documents()).extracting(DocumentEntry::entryUuid, d -> d.uniqueId().value(), DocumentEntry::patientId, DocumentEntry::title)
                .containsExactly(
                        tuple("018e81dd-ddaf-7d7c-b02c-d8a145ebb0c8", "123456789", PatientId.fromCx("123456789^^^&2.16.840.1.113883.3.9621&ISO"),
                                Optional.of("Fourth degree wrist burn treatment")),
                        tuple("018e8b0d-91fb-732b-b9a1-f476a940642c", "987654321", PatientId.fromCx("987654321^^^&2.16.840.1.113883.3.9621&ISO"),
                                Optional.of("Fifth degree wrist burn treatment")));
        assertThat(r.documents()).allSatisfy(d -> {
            assertThat(d.uniqueId().isOidBased()).isFalse();
            assertThat(d.home()).contains(HomeCommunityId.of("2.16.840.1.113883.3.9621"));
            assertThat(d.isApproved()).isTrue();
            assertThat(d.isOnDemand()).isTrue(); // Metriport marks its entries On-Demand (34268e47-…)
            assertThat(d.mimeType()).isEqualTo("application/pdf");
            assertThat(d.slots().repositoryUniqueId()).contains(RepositoryUniqueId.of("2.16.840.1.113883.3.9621"));
            assertThat(d.codes().classCode()).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo("34133-9"));
            assertThat(d.codes().formatCode()).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo("urn:ihe:pcc:xphr:2007"));
        });
        DocumentEntry second = r.documents().get(1);
        assertThat(second.slots().creationTime()).contains("20240329163146");
        assertThat(second.slots().size()).contains(163264L);
        assertThat(second.codes().typeCode()).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo("100556-0"));
        assertThat(second.codes().practiceSettingCode()).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo("394612005"));
        assertThat(second.authors()).extracting(Author::institutions).containsExactly(List.of("Metriport^^^^^^^^^2.16.840.1.113883.3.9621"));
    }

    @Test
    void documentUniqueIdsAreAnyBlankFreeTextUpTo128Characters() {
        assertThat(new DocumentUniqueId(" 123456789 ").value()).isEqualTo("123456789");
        assertThat(new DocumentUniqueId("123456789").isOidBased()).isFalse();
        assertThat(new DocumentUniqueId("1.3.6.1.4...2300").isOidBased()).isFalse();
        assertThat(new DocumentUniqueId("1.2.3.4^x1").isOidBased()).isTrue();
        assertThat(new DocumentUniqueId("1.2.3.4^").isOidBased()).isFalse();
        assertThat(new DocumentUniqueId("2.16.840.1.113883.3.9621").isOidBased()).isTrue();
        assertThat(new DocumentUniqueId("x".repeat(128)).value()).hasSize(128);
        for (String bad : List.of("", "  ", "x".repeat(129), "12 34", "12\t34", "12\u000034", "12\u00a034", "1.2\n' OR 1=1")) {
            assertThatThrownBy(() -> new DocumentUniqueId(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void writesFullMetadataThatValidatesAndReadsBack() {
        AdhocQueryResponse nist = read("nist-iheos-toolkit2/iti38_xcq_response.soap.xml");
        DocumentEntry onDemand = new DocumentEntry("urn:uuid:0bb95d7b-0000-4da5-896f-af3be8707c03", new DocumentUniqueId("1.2.3.4^x1"),
                PatientId.fromCx("p1^^^&1.2.3&ISO"), Optional.of(HomeCommunityId.of("1.2.3")), EbXml.STATUS_APPROVED, "text/xml",
                EbXml.ON_DEMAND_DOCUMENT, Optional.empty(), Optional.of("a comment"), nist.documents().get(1).slots(),
                nist.documents().get(1).codes(), List.of());
        List<AdhocQueryResponse> responses = List.of(nist, AdhocQueryResponse.success(List.of(onDemand)),
                new AdhocQueryResponse(ResponseStatus.PARTIAL_SUCCESS, List.of(RegistryError.error(RegistryError.UNKNOWN_COMMUNITY,
                        "no such community", "urn:oid:1.2.3")), List.of(), List.of(new ObjectRef("urn:uuid:974330cc-26ff-4ef8-aca5-f71efc3f1fb0",
                        Optional.of(HomeCommunityId.of("2.3.4"))))),
                AdhocQueryResponse.failure(RegistryError.error(RegistryError.UNKNOWN_PATIENT_ID, "unknown patient", "urn:oid:1.2.3")),
                new AdhocQueryResponse(ResponseStatus.SUCCESS, List.of(), List.of(), List.of(), List.of(Association.of(Association.RPLC,
                        "urn:uuid:0bb95d7b-0000-4da5-896f-af3be8707c03", "urn:uuid:974330cc-26ff-4ef8-aca5-f71efc3f1fb0",
                        Optional.of(HomeCommunityId.of("1.2.3"))))));
        for (AdhocQueryResponse r : responses) {
            Element written = AdhocQueryResponseWriter.write(r);
            Schemas.validate(written, Schemas.QUERY);
            assertThat(AdhocQueryResponseReader.read(written)).isEqualTo(r);
        }
    }

    @Test
    void statusesAndErrorCodesUseTheFullValues() {
        assertThat(ResponseStatus.PARTIAL_SUCCESS.urn()).isEqualTo("urn:ihe:iti:2007:ResponseStatusType:PartialSuccess");
        assertThat(ResponseStatus.of("urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure")).isEqualTo(ResponseStatus.FAILURE);
        assertThatThrownBy(() -> ResponseStatus.of("Success")).hasMessageContaining("unknown registry response status 'Success'");
        assertThat(List.of(RegistryError.UNKNOWN_PATIENT_ID, RegistryError.UNKNOWN_COMMUNITY, RegistryError.MISSING_HOME_COMMUNITY_ID,
                RegistryError.DOCUMENT_UNIQUE_ID_ERROR, RegistryError.REGISTRY_ERROR, RegistryError.REPOSITORY_ERROR,
                RegistryError.REGISTRY_BUSY)).allMatch(code -> code.startsWith("XDS"));
        assertThatThrownBy(() -> new AdhocQueryResponse(ResponseStatus.FAILURE, List.of(), List.of(), List.of()))
                .hasMessageContaining("needs at least one RegistryError");
    }
}
