package dev.crossway.interop.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.interop.xml.SecureXml;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class MtomTest {

    private static final byte[] PDF = "%PDF-1.7 binary \r\n--not-a-boundary \u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void writesAndReadsAnMtomMessageResolvingXopIncludes() {
        Document doc = SecureXml.newDocument();
        Element payload = doc.createElementNS("urn:test", "t:doc");
        doc.appendChild(payload);
        XopParts parts = new XopParts();
        payload.appendChild(parts.include(doc, PDF, "application/pdf"));
        SoapEnvelope envelope = SoapEnvelope.create(WsAddressing.request("urn:test", null), payload);

        MtomWriter.Output out = MtomWriter.write(envelope, parts.parts());
        assertThat(out.contentType()).startsWith("multipart/related; boundary=\"MIMEBoundary_").contains("type=\"application/xop+xml\"");

        MtomMessage read = MtomReader.read(out.contentType(), out.body());
        Element include = (Element) read.envelope().payload().getFirstChild();
        assertThat(include.getLocalName()).isEqualTo("Include");
        assertThat(read.resolver().apply(include.getAttribute("href"))).isEqualTo(PDF);
        assertThat(read.attachments()).hasSize(1);
    }

    @Test
    void toleratesUnquotedBoundaryLfLineBreaksEmptyPartsAndUrlEncodedCids() {
        String body = "preamble\n--b1\n\n--b1\nContent-Type: application/xop+xml; type=\"application/soap+xml\"\nContent-ID: <root@x>\n\n"
                + envelopeWithInclude("cid:doc%40x") + "\n--b1\nContent-Type: text/plain\nContent-ID: <doc@x>\n\nhello\n--b1--\n";
        MtomMessage read = MtomReader.read("Multipart/Related; type=\"application/xop+xml\"; boundary=b1; start=\"<root@x>\"",
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(read.attachments()).containsOnlyKeys("doc@x");
        assertThat(new String(read.resolver().apply("cid:doc%40x"), StandardCharsets.UTF_8)).isEqualTo("hello");
    }

    @Test
    void findsTheRootByStartParameterEvenWhenItIsNotFirst() {
        String body = "--q\r\nContent-ID: <doc@x>\r\nContent-Type: text/plain\r\n\r\nattached\r\n"
                + "--q\r\nContent-ID: <root@x>\r\nContent-Type: application/xop+xml; type=\"application/soap+xml\"\r\n\r\n"
                + envelopeWithInclude("cid:doc@x") + "\r\n--q--";
        MtomMessage read = MtomReader.read("multipart/related; boundary=\"q\"; start=\"<root@x>\"", body.getBytes(StandardCharsets.UTF_8));
        assertThat(new String(read.resolver().apply("cid:doc@x"), StandardCharsets.UTF_8)).isEqualTo("attached");
    }

    @Test
    void readsPlainSoapToo() {
        MtomMessage read = MtomReader.read("application/soap+xml; charset=UTF-8; action=\"urn:ihe:iti:2007:CrossGatewayRetrieve\"",
                IheSamples.bytes("nist-iheos-toolkit2/iti39_xcr_request.soap.xml"));
        assertThat(read.attachments()).isEmpty();
        assertThat(read.envelope().payload().getLocalName()).isEqualTo("RetrieveDocumentSetRequest");
        assertThatThrownBy(() -> read.resolver().apply("cid:x")).hasMessageContaining("not MTOM");
    }

    @Test
    void refusesBrokenMultipartMessagesClearly() {
        MtomWriter.Output out = MtomWriter.write(SoapEnvelope.create(WsAddressing.request("urn:t", null),
                SecureXml.parse("<a/>".getBytes(StandardCharsets.UTF_8)).getDocumentElement()), List.of(new MimePart("p@x", "text/plain", PDF)));
        byte[] truncated = Arrays.copyOf(out.body(), out.body().length - 20);
        assertThatThrownBy(() -> MtomReader.read(out.contentType(), truncated)).hasMessageContaining("truncated");
        assertThatThrownBy(() -> MtomReader.read(out.contentType(), out.body(), 100))
                .isInstanceOf(SoapMessageException.class).hasMessageContaining("exceeds the limit of 100 bytes");
        assertThatThrownBy(() -> MtomReader.read("multipart/related; type=\"application/xop+xml\"", out.body()))
                .hasMessageContaining("no boundary parameter");
        assertThatThrownBy(() -> MtomReader.read("multipart/related; boundary=\"other\"", out.body()))
                .hasMessageContaining("does not contain its boundary 'other'");
        assertThatThrownBy(() -> MtomReader.read("text/xml; charset=utf-8", IheSamples.bytes("metriport/dr_success.soap.xml")))
                .hasMessageContaining("SOAP 1.1");
        MtomMessage message = MtomReader.read(out.contentType(), out.body());
        assertThatThrownBy(() -> message.resolver().apply("cid:missing@x")).hasMessageContaining("no such MIME part");
    }

    private static String envelopeWithInclude(String href) {
        return "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><d xmlns=\"urn:t\">"
                + "<xop:Include xmlns:xop=\"http://www.w3.org/2004/08/xop/include\" href=\"" + href + "\"/></d></s:Body></s:Envelope>";
    }
}
