package dev.crossway.interop.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.interop.xml.SecureXml;
import dev.crossway.interop.xml.XmlRejectedException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SoapEnvelopeTest {

    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

    @Test
    void readsWsAddressingOfAMetriportXcpdResponse() {
        WsAddressing wsa = IheSamples.envelope("metriport/xcpd_match.soap.xml").addressing();
        assertThat(wsa.action()).contains("urn:hl7-org:v3:PRPA_IN201306UV02:CrossGatewayPatientDiscovery");
        assertThat(wsa.messageId()).contains("urn:uuid:d3253e2a-6f85-4aff-8cbc-aedf2fb14db5");
        assertThat(wsa.relatesTo()).contains("urn:uuid:1234");
        assertThat(wsa.to()).contains(SoapNamespaces.WSA_ANONYMOUS);
    }

    @Test
    void readsReplyToAndTrimsValuesWrappedAcrossLines() {
        SoapEnvelope connect = IheSamples.envelope("connect/iti39_request_with_nhin_saml.soap.xml");
        WsAddressing wsa = connect.addressing();
        assertThat(wsa.action()).contains("urn:ihe:iti:2007:CrossGatewayRetrieve");
        assertThat(wsa.messageId()).contains("urn:uuid:b9729ae5-7e97-46e4-9d9b-6e3879501f27");
        assertThat(wsa.replyTo()).contains(SoapNamespaces.WSA_ANONYMOUS);
        assertThat(wsa.to()).hasValueSatisfying(to -> assertThat(to).endsWith("/DocRetrieve"));
        assertThat(connect.headerElements(WSSE, "Security")).hasSize(1);
        assertThat(connect.payload().getLocalName()).isEqualTo("RetrieveDocumentSetRequest");

        WsAddressing nist = IheSamples.envelope("nist-iheos-toolkit2/iti39_xcr_request.soap.xml").addressing();
        assertThat(nist.to()).contains("http://localhost:2647/XcaService/IHEXCAGateway.svc");
        assertThat(nist.replyTo()).contains(SoapNamespaces.WSA_ANONYMOUS);
    }

    @Test
    void readsTheSamlCarryingXcpdRequestEnvelope() {
        SoapEnvelope envelope = IheSamples.envelope("metriport/iti55_request_with_saml.soap.xml");
        assertThat(envelope.addressing().action()).contains("urn:hl7-org:v3:PRPA_IN201305UV02:CrossGatewayPatientDiscovery");
        assertThat(envelope.addressing().messageId()).contains("urn:uuid:3dc15e09-bfc5-4065-8715-74346d8b30b6");
        assertThat(envelope.headerElements(WSSE, "Security")).hasSize(1);
        assertThat(envelope.isFault()).isFalse();
    }

    @Test
    void collapsesWhitespaceInsideAWrappedMessageId() {
        WsAddressing wsa = IheSamples.envelope("metriport/dr-partial-success.soap.xml").addressing();
        assertThat(wsa.action()).contains("urn:ihe:iti:2019:CrossGatewayRetrieveDeferredResults");
        assertThat(wsa.messageId()).contains("urn:uuid:1795bb7a-8dc2-403a-9914- fbeab9e2a77e");
    }

    @Test
    void anEnvelopeWithoutHeaderHasNoAddressingButGetsAHeaderOnDemand() {
        SoapEnvelope envelope = IheSamples.envelope("metriport/dr-insert-b64.soap.xml");
        assertThat(envelope.addressing().action()).isEmpty();
        assertThatThrownBy(() -> envelope.addressing().requireAction()).hasMessageContaining("Action header is missing");
        Element header = envelope.header();
        assertThat(header.getNextSibling()).isSameAs(envelope.body());
        assertThat(header.getLocalName()).isEqualTo("Header");
    }

    @Test
    void aroundTakesAPayloadWrittenForItAndCopiesOneInsideAnotherMessage() {
        Element payload = SecureXml.parse("<p:ping xmlns:p=\"urn:test\" a=\"1 &amp; 2\">x &lt; y</p:ping>"
                .getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        WsAddressing request = WsAddressing.request("urn:test:Ping", "https://gw.example.org/xcpd");

        SoapEnvelope taken = SoapEnvelope.around(request, payload);
        assertThat(taken.payload()).as("moved, not copied").isSameAs(payload);
        assertThat(payload.getOwnerDocument()).isSameAs(taken.document());
        SoapEnvelope copied = SoapEnvelope.around(request, taken.payload());
        assertThat(copied.payload()).as("inside another message: copied").isNotSameAs(taken.payload());
        assertThat(taken.payload().getParentNode()).isSameAs(taken.body());

        byte[] bytes = copied.toBytes();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("<p:ping a=\"1 &amp; 2\" xmlns:p=\"urn:test\">x &lt; y</p:ping>");
        assertThat(bytes).isEqualTo(taken.toBytes());
        assertThat(SoapEnvelope.parse(bytes).payload().getTextContent()).isEqualTo("x < y");
    }

    @Test
    void writesAnEnvelopeThatValidatesAndReadsBack() {
        Element payload = SecureXml.parse("<p:ping xmlns:p=\"urn:test\">x</p:ping>".getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        WsAddressing request = WsAddressing.request("urn:test:Ping", "https://gw.example.org/xcpd");
        SoapEnvelope written = SoapEnvelope.create(request, payload);
        Schemas.validate(written.document(), Schemas.SOAP12);

        SoapEnvelope read = SoapEnvelope.parse(written.toBytes());
        assertThat(read.addressing()).isEqualTo(request);
        assertThat(read.payload().getTextContent()).isEqualTo("x");
        WsAddressing response = WsAddressing.responseTo(read.addressing(), "urn:test:PingResponse");
        assertThat(response.relatesTo()).isEqualTo(request.messageId());
    }

    @Test
    void serialisationKeepsTheDomExactlyAsItIsSoSignaturesStillVerify() {
        byte[] original = IheSamples.bytes("connect/iti39_request_with_nhin_saml.soap.xml");
        SoapEnvelope envelope = SoapEnvelope.parse(original);
        byte[] once = envelope.toBytes();
        SoapEnvelope again = SoapEnvelope.parse(once);
        assertThat(again.document().getDocumentElement().isEqualNode(envelope.document().getDocumentElement())).isTrue();
        assertThat(again.toBytes()).isEqualTo(once);
        String text = new String(once, StandardCharsets.UTF_8);
        assertThat(text).contains(">urn:ihe:iti:2007:CrossGatewayRetrieve\n        </Action>")
                .contains("<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">");
    }

    @Test
    void aHeaderAddedBeforeSerialisationIsWrittenOut() {
        SoapEnvelope envelope = IheSamples.envelope("nist-iheos-toolkit2/iti38_xcq_request.soap.xml");
        Element security = envelope.document().createElementNS(WSSE, "wsse:Security");
        envelope.addHeader(security);
        SoapEnvelope read = SoapEnvelope.parse(envelope.toBytes());
        assertThat(read.headerElements(WSSE, "Security")).hasSize(1);
    }

    @Test
    void refusesSoap11Clearly() {
        String soap11 = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><x/></s:Body></s:Envelope>";
        assertThatThrownBy(() -> SoapEnvelope.parse(soap11.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SoapMessageException.class)
                .hasMessageContaining("SOAP 1.1 envelope")
                .hasMessageContaining("require SOAP 1.2");
    }

    @Test
    void refusesWhatIsNotAnEnvelope() {
        assertThatThrownBy(() -> SoapEnvelope.parse(IheSamples.bytes("oehf-ipf/iti55-sample-request.xml")))
                .isInstanceOf(SoapMessageException.class)
                .hasMessageContaining("root element is {urn:hl7-org:v3}PRPA_IN201305UV02");
        String noBody = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Header/></s:Envelope>";
        assertThatThrownBy(() -> SoapEnvelope.parse(noBody.getBytes(StandardCharsets.UTF_8))).hasMessage("SOAP Envelope has no Body");
        String emptyBody = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body> </s:Body></s:Envelope>";
        assertThatThrownBy(() -> SoapEnvelope.parse(emptyBody.getBytes(StandardCharsets.UTF_8))).hasMessage("SOAP Body is empty");
    }

    @Test
    void refusesTruncatedGarbageDtdAndEntityBombs() {
        byte[] sample = IheSamples.bytes("metriport/xcpd_match.soap.xml");
        assertThatThrownBy(() -> SoapEnvelope.parse(Arrays.copyOf(sample, sample.length / 2)))
                .isInstanceOfSatisfying(XmlRejectedException.class, e -> assertThat(e.reason()).isEqualTo(XmlRejectedException.Reason.MALFORMED));
        assertThatThrownBy(() -> SoapEnvelope.parse("%PDF-1.4 garbage".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(XmlRejectedException.class, e -> assertThat(e.reason()).isEqualTo(XmlRejectedException.Reason.MALFORMED));
        assertThatThrownBy(() -> SoapEnvelope.parse(Malicious.XXE))
                .isInstanceOfSatisfying(XmlRejectedException.class, e -> assertThat(e.reason()).isEqualTo(XmlRejectedException.Reason.DTD_FORBIDDEN));
        assertThatThrownBy(() -> SoapEnvelope.parse(Malicious.BILLION_LAUGHS))
                .isInstanceOfSatisfying(XmlRejectedException.class, e -> assertThat(e.reason()).isEqualTo(XmlRejectedException.Reason.DTD_FORBIDDEN));
    }
}
