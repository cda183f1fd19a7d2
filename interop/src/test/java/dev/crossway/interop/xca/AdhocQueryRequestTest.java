package dev.crossway.interop.xca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.soap.IheSamples;
import dev.crossway.interop.soap.Schemas;
import dev.crossway.interop.xml.SecureXml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

class AdhocQueryRequestTest {

    @Test
    void readsTheNistFindDocumentsQuery() {
        AdhocQueryRequest q = AdhocQueryRequestReader.read(IheSamples.payload("nist-iheos-toolkit2/iti38_xcq_request.soap.xml"));
        assertThat(q.query()).isEqualTo(StoredQuery.FIND_DOCUMENTS);
        assertThat(q.returnType()).isEqualTo(ReturnType.LEAF_CLASS);
        assertThat(q.home()).isEmpty();
        assertThat(q.patientId()).contains(PatientId.fromCx("c4d77e21d0dd487^^^&1.3.6.1.4.1.21367.2005.3.7&ISO"));
        assertThat(q.values("$XDSDocumentEntryStatus")).containsExactly(List.of(EbXml.STATUS_APPROVED));
        assertThat(q.codes("$XDSDocumentEntryClassCode")).containsExactly(List.of(Code.of("value", "scheme")));
    }

    @Test
    void refusesTheSqlInjectionInThePatientId() {
        Element payload = IheSamples.payload("oehf-ipf/adhocquery_injection_patientid.xml");
        assertThatThrownBy(() -> AdhocQueryRequestReader.read(payload))
                .isInstanceOf(XcaMessageException.class)
                .hasMessage("slot $XDSDocumentEntryPatientId: unterminated quoted string");
        String closed = "'593603^^^&amp;2.16.756.5.33.2.5.1.5.1&amp;ISO' or 1=1 --";
        assertThatThrownBy(() -> read(findDocuments(closed, "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')")))
                .hasMessageContaining("unexpected text after the value");
        String quoteInside = "'593603''--^^^&amp;2.16.756.5.33.2.5.1.5.1&amp;ISO'";
        assertThatThrownBy(() -> read(findDocuments(quoteInside, "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')")))
                .hasMessageContaining("$XDSDocumentEntryPatientId is not a CX patient id");
    }

    @Test
    void orWithinASlotAndAcrossValuesAndAcrossRepeatedSlots() {
        String xml = "<query:AdhocQueryRequest xmlns:query=\"urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0\" "
                + "xmlns:rim=\"urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0\"><query:ResponseOption returnType=\"ObjectRef\"/>"
                + "<rim:AdhocQuery id=\"urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d\" home=\"urn:oid:1.2.3\">"
                + slot("$XDSDocumentEntryPatientId", "'p1^^^&amp;1.2.3&amp;ISO'")
                + slot("$XDSDocumentEntryStatus", "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')",
                        "('urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated')")
                + slot("$XDSDocumentEntryEventCodeList", "('a^^s1','b^^s2')")
                + slot("$XDSDocumentEntryEventCodeList", "('c^^s3')", "('d''x^^s4')")
                + slot("$XDSDocumentEntryCreationTimeFrom", "20221015")
                + "</rim:AdhocQuery></query:AdhocQueryRequest>";
        AdhocQueryRequest q = read(xml);
        assertThat(q.returnType()).isEqualTo(ReturnType.OBJECT_REF);
        assertThat(q.home()).contains(HomeCommunityId.of("1.2.3"));
        assertThat(q.values("$XDSDocumentEntryStatus")).containsExactly(List.of(EbXml.STATUS_APPROVED, EbXml.STATUS_DEPRECATED));
        assertThat(q.codes("$XDSDocumentEntryEventCodeList")).containsExactly(
                List.of(Code.of("a", "s1"), Code.of("b", "s2")), List.of(Code.of("c", "s3"), Code.of("d'x", "s4")));
        assertThat(q.single("$XDSDocumentEntryCreationTimeFrom")).contains("20221015");
        assertThatThrownBy(() -> read(xml.replace("('c^^s3')", "('c^^s3'"))).hasMessageContaining("list value does not end with ')'");
    }

    @Test
    void refusesUnknownQueriesAndMissingParameters() {
        String unknown = findDocuments("'p^^^&amp;1.2&amp;ISO'", "('x')").replace("14d4debf", "00000000");
        assertThatThrownBy(() -> read(unknown)).hasMessageContaining("unknown stored query id 'urn:uuid:00000000-8f97");
        String noStatus = "<query:AdhocQueryRequest xmlns:query=\"urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0\" "
                + "xmlns:rim=\"urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0\"><query:ResponseOption returnType=\"LeafClass\"/>"
                + "<rim:AdhocQuery id=\"urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d\">"
                + slot("$XDSDocumentEntryPatientId", "'p1^^^&amp;1.2.3&amp;ISO'") + "</rim:AdhocQuery></query:AdhocQueryRequest>";
        assertThatThrownBy(() -> read(noStatus)).isInstanceOf(XcaMessageException.class)
                .hasMessage("AdhocQueryRequest/AdhocQuery: XDSStoredQueryMissingParam: FIND_DOCUMENTS requires $XDSDocumentEntryStatus");
        assertThatThrownBy(() -> read(findDocuments("'p^^^&amp;1.2&amp;ISO'", "('x')").replace("LeafClass", "RegistryObject")))
                .hasMessageContaining("returnType 'RegistryObject' is neither LeafClass nor ObjectRef");
    }

    @ParameterizedTest
    @EnumSource(StoredQuery.class)
    void everyStoredQueryIsRecognisedAndWrittenValidly(StoredQuery query) {
        assertThat(StoredQuery.of(query.id())).isEqualTo(query);
        java.util.Map<String, List<List<String>>> params = new java.util.LinkedHashMap<>();
        for (String name : query.requiredParameters()) {
            params.put(name, List.of(AdhocQueryRequest.PATIENT_PARAMETERS.contains(name) ? List.of("p1^^^&1.2.3&ISO") : List.of("v1", "v2")));
        }
        params.put("$XDSDocumentEntryUniqueId", List.of(List.of("1.2.3.4")));
        AdhocQueryRequest q = new AdhocQueryRequest(query, ReturnType.OBJECT_REF, Optional.of(HomeCommunityId.of("1.2.3")), params);
        Element written = AdhocQueryRequestWriter.write(q);
        Schemas.validate(written, Schemas.QUERY);
        assertThat(AdhocQueryRequestReader.read(written)).isEqualTo(q);
    }

    @Test
    void findDocumentsWithTimesAndCodesRoundTrips() {
        AdhocQueryRequest q = AdhocQueryRequest.findDocuments(PatientId.fromCx("c4d77e21d0dd487^^^&1.3.6.1.4.1.21367.2005.3.7&ISO"),
                        HomeCommunityId.of("1.2.3"))
                .with("$XDSDocumentEntryCreationTimeFrom", List.of("20221015151515"))
                .with("$XDSDocumentEntryClassCode", List.of("34133-9^^2.16.840.1.113883.6.1", "o'brien^^x"));
        Element written = AdhocQueryRequestWriter.write(q);
        Schemas.validate(written, Schemas.QUERY);
        assertThat(AdhocQueryRequestReader.read(written)).isEqualTo(q);
        assertThat(written.getTextContent()).contains("20221015151515").contains("('34133-9^^2.16.840.1.113883.6.1','o''brien^^x')");
    }

    private static AdhocQueryRequest read(String xml) {
        return AdhocQueryRequestReader.read(SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement());
    }

    private static String findDocuments(String patient, String status) {
        return "<query:AdhocQueryRequest xmlns:query=\"urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0\" "
                + "xmlns:rim=\"urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0\"><query:ResponseOption returnType=\"LeafClass\"/>"
                + "<rim:AdhocQuery id=\"urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d\">"
                + slot("$XDSDocumentEntryPatientId", patient) + slot("$XDSDocumentEntryStatus", status)
                + "</rim:AdhocQuery></query:AdhocQueryRequest>";
    }

    private static String slot(String name, String... values) {
        StringBuilder s = new StringBuilder("<rim:Slot name=\"" + name + "\"><rim:ValueList>");
        for (String v : values) {
            s.append("<rim:Value>").append(v).append("</rim:Value>");
        }
        return s.append("</rim:ValueList></rim:Slot>").toString();
    }
}
