package dev.crossway.interop.soap;

import static dev.crossway.interop.soap.SoapNamespaces.SOAP12;
import static dev.crossway.interop.soap.SoapNamespaces.WSA;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A SOAP 1.2 envelope over its live DOM {@link Document}. Readers hand out the body payload;
 * the WS-Security code adds its {@code wsse:Security} header to {@link #header()} and signs in
 * place; {@link #toBytes()} then writes the DOM exactly as it stands.
 */
public final class SoapEnvelope {

    private final Document document;
    private final Element body;

    SoapEnvelope(Document document, Element body) {
        this.document = Objects.requireNonNull(document, "document");
        this.body = Objects.requireNonNull(body, "body");
    }

    /** Parses and checks outside bytes (hardened, see {@link SoapEnvelopeReader}). */
    public static SoapEnvelope parse(byte[] xml) {
        return SoapEnvelopeReader.read(xml);
    }

    /** A new envelope carrying a copy of {@code payload} (imported into the envelope's document). */
    public static SoapEnvelope create(WsAddressing addressing, Element payload) {
        return SoapEnvelopeWriter.create(addressing, payload, false);
    }

    /**
     * A new envelope that takes {@code payload} itself, not a copy: for a payload a writer has
     * just built for this one message (an answer), so that it is not copied node by node
     * (importing an XCPD answer was 3.5% of its request-to-response in the interop JMH profile).
     * The payload leaves its own document; a payload that cannot be moved is copied as by
     * {@link #create}.
     */
    public static SoapEnvelope around(WsAddressing addressing, Element payload) {
        return SoapEnvelopeWriter.create(addressing, payload, true);
    }

    public Document document() {
        return document;
    }

    /** The Header element, created (before the Body) if the envelope had none. */
    public Element header() {
        Element header = Dom.child(document.getDocumentElement(), SOAP12, "Header");
        if (header == null) {
            header = document.createElementNS(SOAP12, Dom.prefixOf(document.getDocumentElement()) + "Header");
            document.getDocumentElement().insertBefore(header, body);
        }
        return header;
    }

    public Element body() {
        return body;
    }

    /** The one element inside the Body: the transaction payload, or a Fault. */
    public Element payload() {
        return Dom.firstChild(body);
    }

    public boolean isFault() {
        Element p = payload();
        return SOAP12.equals(p.getNamespaceURI()) && "Fault".equals(p.getLocalName());
    }

    public Optional<SoapFault> fault() {
        return isFault() ? Optional.of(SoapFaultReader.read(payload())) : Optional.empty();
    }

    /** Header blocks with this qualified name, in document order. */
    public List<Element> headerElements(String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        Element header = Dom.child(document.getDocumentElement(), SOAP12, "Header");
        if (header != null) {
            for (Element e : Dom.children(header)) {
                if (namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    /** Appends a header block (imported when it belongs to another document) and returns it. */
    public Element addHeader(Element block) {
        Node node = block.getOwnerDocument() == document ? block : document.importNode(block, true);
        return (Element) header().appendChild(node);
    }

    public WsAddressing addressing() {
        return new WsAddressing(wsa("Action"), wsa("MessageID"), wsa("To"), replyTo(), wsa("RelatesTo"));
    }

    /** UTF-8 bytes of the DOM as it stands, with no reformatting. */
    public byte[] toBytes() {
        return SoapSerializer.toBytes(document);
    }

    private Optional<String> wsa(String name) {
        return headerElements(WSA, name).stream().findFirst().map(e -> Dom.collapse(e.getTextContent()));
    }

    private Optional<String> replyTo() {
        return headerElements(WSA, "ReplyTo").stream().findFirst()
                .map(e -> Dom.child(e, WSA, "Address"))
                .map(a -> Dom.collapse(a.getTextContent()));
    }
}
