package dev.crossway.interop.xcpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.soap.IheSamples;
import dev.crossway.interop.soap.MarkupWriter;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.SoapEnvelopeWriter;
import dev.crossway.interop.soap.SoapNamespaces;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xml.SecureXml;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The answer written as markup ({@link PatientDiscoveryResponseWriter#envelope}) is byte for byte
 * the answer built as a DOM, moved into an envelope, given its CorrelationTimeToLive header and
 * serialised (what the responder sent before): for the answers to every sample query in each
 * case, for every sample answer read back, and for names, texts and addresses full of characters
 * that need escaping.
 */
class PatientDiscoveryMarkupTest {

    private static final HomeCommunityId US = HomeCommunityId.of("2.16.840.1.113883.3.72.6.1");
    private static final String ODD = "O'Brien & <Sons> \"Ltd\"\tline\nnext\rback ]]> é 東京 \uD83D\uDE00";

    private static final List<String> SAMPLE_QUERIES = List.of("nist-iheos-toolkit2/iti55_PRPA_IN201305UV02.xml",
            "oehf-ipf/iti55-sample-request.xml", "oehf-ipf/iti55-sample-request-deferred.xml");
    /** The readable ones (the NIST answer has an impossible birth time, refused by the reader). */
    private static final List<String> SAMPLE_ANSWERS = List.of("oehf-ipf/iti55-sample-response.xml", "metriport/xcpd_match.soap.xml", "metriport/xcpd_match_multi_addr_name.soap.xml",
            "metriport/xcpd_match_no_addresses.soap.xml", "metriport/xcpd_no_match.soap.xml", "metriport/xcpd_error.soap.xml");

    /** What the responder sent before: DOM, {@code around}, the header added, {@code toBytes}. */
    private static String domPath(WsAddressing addressing, PatientDiscoveryResponse r, Optional<CorrelationTimeToLive> ttl) {
        SoapEnvelope envelope = SoapEnvelope.around(addressing, PatientDiscoveryResponseWriter.write(r));
        ttl.ifPresent(t -> t.write(envelope));
        return new String(envelope.toBytes(), StandardCharsets.UTF_8);
    }

    private static void assertSameBytes(WsAddressing addressing, PatientDiscoveryResponse r) {
        for (Optional<CorrelationTimeToLive> ttl : List.of(Optional.<CorrelationTimeToLive>empty(),
                Optional.of(new CorrelationTimeToLive(Duration.ofDays(7))), Optional.of(new CorrelationTimeToLive(Duration.ofMinutes(90))))) {
            byte[] markup = PatientDiscoveryResponseWriter.envelope(addressing, r, ttl);
            assertThat(new String(markup, StandardCharsets.UTF_8)).isEqualTo(domPath(addressing, r, ttl));
            // and it reads back as the same answer
            SoapEnvelope read = SoapEnvelope.parse(markup);
            assertThat(PatientDiscoveryResponseReader.read(read.payload())).isEqualTo(r);
            assertThat(CorrelationTimeToLive.read(read)).isEqualTo(ttl);
            assertThat(read.addressing()).isEqualTo(addressing);
        }
    }

    private static WsAddressing addressingOf(String sample) {
        byte[] xml = IheSamples.bytes(sample);
        Element root = SecureXml.parse(xml).getDocumentElement();
        return SoapNamespaces.SOAP12.equals(root.getNamespaceURI()) ? SoapEnvelope.parse(xml).addressing()
                : WsAddressing.request(Hl7v3.ACTION_QUERY, "https://responder.example.org/xcpd");
    }

    static PatientMatch match(String id, String family, Optional<Integer> score, Optional<HomeCommunityId> custodian) {
        return new PatientMatch(new PatientId(id, US.oid()), List.of(new PatientId("999-88-6345", Oid.of("2.16.840.1.113883.4.1"))),
                new Demographics(List.of(PersonName.of(family, "Jim"), new PersonName(List.of("J.", "Q"), Optional.empty(),
                        List.of("Dr"), List.of("Jr", "III"))), Optional.of(Gender.M), Optional.of(Hl7Time.of("19630804")),
                        List.of(Address.of(List.of("3443 North Arctic Avenue", "Apt 1"), "Some City", "IL", "61000", "US"),
                                new Address(List.of(), Optional.empty(), Optional.of("IL"), Optional.empty(), Optional.empty())),
                        List.of(Telecom.of("tel:+1-555-0100"), new Telecom("mailto:a@b.example?x=1&y=2", Optional.of("HP")))),
                custodian, score);
    }

    /** Each of the five cases (an error twice) the responder answers, for a query. */
    private static List<PatientDiscoveryResponse> everyCase(PatientDiscoveryQuery q, String text) {
        InstanceId id = InstanceId.of("2.16.840.1.113883.3.72.6.1", "r-1");
        return List.of(
                PatientDiscoveryResponses.matches(q, id, List.of(match("34827K410", "Jones", Optional.of(92), Optional.of(US)))),
                PatientDiscoveryResponses.matches(q, InstanceId.of("2.16.840.1.113883.3.72.6.1"), List.of(
                        match("34827K410", text, Optional.empty(), Optional.empty()), match("A&B<1>", "Smith", Optional.of(0), Optional.of(US)))),
                PatientDiscoveryResponses.moreAttributesRequested(q, id, List.of(DetectedIssue.GENDER_REQUESTED,
                        DetectedIssue.ADDRESS_REQUESTED)),
                PatientDiscoveryResponses.noMatch(q, id),
                PatientDiscoveryResponses.error(q, id, DetectedIssue.RESPONDER_BUSY, "try later"),
                PatientDiscoveryResponses.error(q, id, DetectedIssue.INTERNAL_ERROR, "policy refusal: " + text));
    }

    @Test
    void answersToTheSampleQueriesAreTheBytesOfTheDomPath() {
        for (String sample : SAMPLE_QUERIES) {
            PatientDiscoveryQuery q = PatientDiscoveryQueryReader.read(IheSamples.payload(sample));
            WsAddressing answer = WsAddressing.responseTo(addressingOf(sample), Hl7v3.ACTION_RESPONSE);
            for (PatientDiscoveryResponse r : everyCase(q, "Jones")) {
                assertSameBytes(answer, r);
            }
        }
    }

    @Test
    void sampleAnswersWrittenAgainAreTheBytesOfTheDomPath() {
        for (String sample : SAMPLE_ANSWERS) {
            PatientDiscoveryResponse r = PatientDiscoveryResponseReader.read(IheSamples.payload(sample));
            assertSameBytes(WsAddressing.responseTo(WsAddressing.request(Hl7v3.ACTION_QUERY, null), Hl7v3.ACTION_RESPONSE), r);
        }
    }

    @Test
    void charactersThatNeedEscapingAreEscapedAsTheSerializerDoes() {
        PatientDiscoveryQuery base = PatientDiscoveryWritersTest.query(false);
        QueryParameters odd = new QueryParameters(List.of(PersonName.of(ODD, ODD), new PersonName(List.of(""), Optional.of(" "),
                List.of("&"), List.of("<"))), base.parameters().birthTime(), base.parameters().gender(),
                List.of(Address.of(List.of(ODD, "\"quoted\""), "a&b", "<st>", "'12'", "\t")),
                List.of(new Telecom("tel:" + ODD, Optional.of("H&P"))), List.of(new PatientId(ODD, Oid.of("1.2.3"))),
                List.of(InstanceId.of("1.2.3", ODD)), Optional.of(PersonName.of(ODD)));
        PatientDiscoveryQuery q = new PatientDiscoveryQuery(InstanceId.of("1.2.3", "m&1"), base.creationTime(), base.sender(),
                new Device(InstanceId.of("1.2.4", "<d>"), Optional.of(US), Optional.of("https://gw.example.org/x?a=1&b=\"2\"")),
                InstanceId.of("1.2.5", "q\"1"), false, Optional.empty(), odd);
        WsAddressing addressing = new WsAddressing(Optional.of(Hl7v3.ACTION_RESPONSE), Optional.of("urn:uuid:<&>"),
                Optional.of("https://to.example.org/?a&b"), Optional.of("http://www.w3.org/2005/08/addressing/anonymous"),
                Optional.of("urn:uuid:\"relates\"\n"));
        for (PatientDiscoveryResponse r : everyCase(q, ODD)) {
            byte[] markup = PatientDiscoveryResponseWriter.envelope(addressing, r, Optional.of(new CorrelationTimeToLive(Duration.ofDays(1))));
            assertThat(new String(markup, StandardCharsets.UTF_8)).isEqualTo(domPath(addressing, r,
                    Optional.of(new CorrelationTimeToLive(Duration.ofDays(1)))))
                    .contains("O'Brien &amp; &lt;Sons&gt;").doesNotContain("<Sons>");
        }
        // empty WS-Addressing values and an addressing with every header
        for (WsAddressing a : List.of(new WsAddressing(Optional.of(""), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                WsAddressing.request(Hl7v3.ACTION_RESPONSE, "https://x.example.org"))) {
            PatientDiscoveryResponse r = PatientDiscoveryResponses.noMatch(q, InstanceId.of("1.2.3"));
            assertThat(new String(PatientDiscoveryResponseWriter.envelope(a, r, Optional.empty()), StandardCharsets.UTF_8))
                    .isEqualTo(domPath(a, r, Optional.empty()));
        }
    }

    @Test
    void theWriterRefusesWhatWouldNotBeOneWellFormedEnvelope() {
        MarkupWriter out = new MarkupWriter();
        assertThatThrownBy(() -> out.text("x")).isInstanceOf(IllegalStateException.class);
        out.start("a").text("t");
        assertThatThrownBy(() -> out.attribute("b", "1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(out::toBytes).hasMessageContaining("still open");
        out.end();
        assertThatThrownBy(out::end).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SoapEnvelopeWriter.write(WsAddressing.request("a", null), h -> { }, p -> p.start("x")))
                .hasMessageContaining("payload left 1 element(s) open");
        // attributes in the order of a Xerces DOM (by qualified name), a repeated one replaced, a null one left out
        MarkupWriter sorted = new MarkupWriter().start("e").attribute("root", "r").attribute("extension", "x")
                .attribute("ITSVersion", "1").attribute("xmlns", "u").attribute("root", "r2").attribute("gone", null).end();
        assertThat(new String(sorted.toBytes(), StandardCharsets.UTF_8))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><e ITSVersion=\"1\" extension=\"x\" root=\"r2\" xmlns=\"u\"/>");
    }
}
