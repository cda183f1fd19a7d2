package dev.crossway.interop.xca;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.soap.IheSamples;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.WsAddressing;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The FindDocuments / GetDocuments / GetAssociations answer written as markup
 * ({@link AdhocQueryResponseWriter#envelope}) is byte for byte the answer built as a DOM, put in an
 * envelope and serialised (what the responder sent before), for every sample answer read back, for
 * each answer form the responder sends, and for values full of characters that need escaping. The
 * Classification and ExternalIdentifier ids are fresh UUIDs in both, drawn in the same order:
 * each distinct UUID is named by the order of its first appearance before the comparison.
 */
class AdhocQueryResponseMarkupTest {

    private static final String ODD = "O'Brien & <Sons> \"Ltd\"\tline\nnext\rback ]]> é 東京 \uD83D\uDE00";
    private static final Pattern UUID = Pattern.compile("urn:uuid:[0-9a-fA-F-]{36}");
    private static final WsAddressing ANSWER = WsAddressing.responseTo(WsAddressing.request(EbXml.ACTION_QUERY,
            "https://responder.example.org/xca/query"), EbXml.ACTION_QUERY_RESPONSE);

    private static AdhocQueryResponse read(String sample) {
        return AdhocQueryResponseReader.read(IheSamples.payload(sample));
    }

    /** Each UUID replaced by its rank of first appearance. */
    private static String ranked(byte[] xml) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        Matcher m = UUID.matcher(new String(xml, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "urn:uuid:#" + seen.computeIfAbsent(m.group(), k -> seen.size()));
        }
        return m.appendTail(out).toString();
    }

    private static void assertSameBytes(WsAddressing addressing, AdhocQueryResponse r) {
        byte[] markup = AdhocQueryResponseWriter.envelope(addressing, r);
        byte[] dom = SoapEnvelope.around(addressing, AdhocQueryResponseWriter.write(r)).toBytes();
        assertThat(ranked(markup)).isEqualTo(ranked(dom));
        SoapEnvelope read = SoapEnvelope.parse(markup);
        assertThat(AdhocQueryResponseReader.read(read.payload())).isEqualTo(r);
        assertThat(read.addressing()).isEqualTo(addressing);
    }

    @Test
    void sampleAnswersWrittenAgainAreTheBytesOfTheDomPath() {
        for (String sample : List.of("nist-iheos-toolkit2/iti38_xcq_response.soap.xml", "nist-iheos-toolkit2/iti38_xcq_response_error.soap.xml",
                "metriport/dq_empty.soap.xml", "metriport/dq_error.soap.xml", "metriport/dq_multiple_docs.soap.xml")) {
            AdhocQueryResponse r = read(sample);
            assertSameBytes(ANSWER, r);
            assertSameBytes(ANSWER, AdhocQueryResponse.success(r.documents()));
        }
    }

    @Test
    void everyAnswerFormOfTheResponderIsTheBytesOfTheDomPath() {
        AdhocQueryResponse nist = read("nist-iheos-toolkit2/iti38_xcq_response.soap.xml");
        HomeCommunityId home = HomeCommunityId.of("1.2.3");
        DocumentEntry plain = new DocumentEntry("urn:uuid:0bb95d7b-0000-4da5-896f-af3be8707c03", new DocumentUniqueId("1.2.3.4^x1"),
                PatientId.fromCx("p1^^^&1.2.3&ISO"), Optional.of(home), EbXml.STATUS_APPROVED, "text/xml",
                EbXml.ON_DEMAND_DOCUMENT, Optional.empty(), Optional.of("a comment"), nist.documents().get(1).slots(),
                nist.documents().get(1).codes(), List.of());
        RegistryError warning = new RegistryError(RegistryError.TOO_MANY_RESULTS, "more than 2 entries match", Optional.of(home.urn()),
                RegistryError.Severity.WARNING);
        for (AdhocQueryResponse r : List.of(
                AdhocQueryResponse.success(List.of()),
                AdhocQueryResponse.success(List.of(plain)),
                AdhocQueryResponse.success(List.of(plain, nist.documents().get(0), nist.documents().get(1))),
                new AdhocQueryResponse(ResponseStatus.PARTIAL_SUCCESS, List.of(warning), nist.documents(), List.of()),
                new AdhocQueryResponse(ResponseStatus.PARTIAL_SUCCESS, List.of(warning, RegistryError.error(RegistryError.REGISTRY_ERROR,
                        "x", null)), List.of(), List.of(new ObjectRef(plain.entryUuid(), Optional.of(home)))),
                new AdhocQueryResponse(ResponseStatus.SUCCESS, List.of(), List.of(), List.of(new ObjectRef(plain.entryUuid(),
                        Optional.of(home)), new ObjectRef("urn:uuid:974330cc-26ff-4ef8-aca5-f71efc3f1fb0", Optional.empty()))),
                AdhocQueryResponse.failure(RegistryError.error(RegistryError.UNKNOWN_PATIENT_ID, "patient p1 is not known", home.urn())),
                AdhocQueryResponse.failure(RegistryError.error(RegistryError.REGISTRY_ERROR, "no home", null)),
                new AdhocQueryResponse(ResponseStatus.SUCCESS, List.of(), List.of(), List.of(), List.of(
                        Association.of(Association.RPLC, plain.entryUuid(), "urn:uuid:974330cc-26ff-4ef8-aca5-f71efc3f1fb0", Optional.of(home)),
                        Association.of(Association.RPLC, "urn:uuid:974330cc-26ff-4ef8-aca5-f71efc3f1fb0", plain.entryUuid(),
                                Optional.empty()))))) {
            assertSameBytes(ANSWER, r);
        }
    }

    @Test
    void charactersThatNeedEscapingAreEscapedAsTheSerializerDoes() {
        DocumentEntry base = read("nist-iheos-toolkit2/iti38_xcq_response.soap.xml").documents().get(0);
        DocumentSlots s = base.slots();
        DocumentSlots odd = new DocumentSlots(Optional.of(ODD), Optional.of(ODD), s.serviceStartTime(), s.serviceStopTime(),
                Optional.of(ODD), List.of(ODD, "", "PID-5|a&b"), s.hash(), s.size(), s.repositoryUniqueId(),
                Optional.of("http://x.example/?a=1&b=<2>"));
        Code code = new Code(ODD, ODD, Optional.of(ODD));
        DocumentCodes codes = new DocumentCodes(Optional.of(code), Optional.of(code), Optional.of(code), List.of(code, code),
                Optional.empty(), Optional.of(code), List.of(code));
        DocumentEntry d = new DocumentEntry(base.entryUuid(), new DocumentUniqueId("1.2.3.4^x&1"), PatientId.fromCx("p&1^^^&1.2.3&ISO"),
                base.home(), EbXml.STATUS_APPROVED, "text/xml", base.objectType(), Optional.of(ODD), Optional.of(ODD), odd, codes,
                List.of(new Author(Optional.of(ODD), List.of(ODD, "b"), List.of(), List.of(ODD)), new Author(Optional.empty(), List.of(),
                        List.of(ODD), List.of())));
        AdhocQueryResponse r = new AdhocQueryResponse(ResponseStatus.PARTIAL_SUCCESS, List.of(new RegistryError(RegistryError.REGISTRY_ERROR,
                ODD, Optional.of(ODD), RegistryError.Severity.WARNING)), List.of(d), List.of());
        WsAddressing addressing = new WsAddressing(Optional.of(EbXml.ACTION_QUERY_RESPONSE), Optional.of("urn:uuid:<&>"),
                Optional.of("https://to.example.org/?a&b"), Optional.of("http://www.w3.org/2005/08/addressing/anonymous"),
                Optional.of("urn:\"relates\"\n"));
        assertThat(ranked(AdhocQueryResponseWriter.envelope(addressing, r)))
                .isEqualTo(ranked(SoapEnvelope.around(addressing, AdhocQueryResponseWriter.write(r)).toBytes()))
                .contains("O'Brien &amp; &lt;Sons&gt;").doesNotContain("<Sons>");
    }
}
