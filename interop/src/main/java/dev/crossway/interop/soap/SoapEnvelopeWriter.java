package dev.crossway.interop.soap;

import static dev.crossway.interop.soap.SoapNamespaces.SOAP12;
import static dev.crossway.interop.soap.SoapNamespaces.WSA;

import dev.crossway.interop.xml.SecureXml;
import java.util.Optional;
import java.util.function.Consumer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Builds a SOAP 1.2 envelope with WS-Addressing headers around a payload element. */
public final class SoapEnvelopeWriter {

    private SoapEnvelopeWriter() {
    }

    public static SoapEnvelope create(WsAddressing addressing, Element payload) {
        return create(addressing, payload, false);
    }

    /** {@code take}: move the payload into the envelope instead of copying it (see {@link SoapEnvelope#around}). */
    static SoapEnvelope create(WsAddressing addressing, Element payload, boolean take) {
        Document doc = SecureXml.newDocument();
        Element envelope = doc.createElementNS(SOAP12, "soap:Envelope");
        envelope.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:soap", SOAP12);
        envelope.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsa", WSA);
        doc.appendChild(envelope);
        Element header = (Element) envelope.appendChild(doc.createElementNS(SOAP12, "soap:Header"));
        addressing.action().ifPresent(v -> add(header, "Action", v, true));
        addressing.messageId().ifPresent(v -> add(header, "MessageID", v, false));
        addressing.to().ifPresent(v -> add(header, "To", v, true));
        addressing.replyTo().ifPresent(v -> {
            Element replyTo = add(header, "ReplyTo", null, false);
            add(replyTo, "Address", v, false);
        });
        addressing.relatesTo().ifPresent(v -> add(header, "RelatesTo", v, false));
        Element body = (Element) envelope.appendChild(doc.createElementNS(SOAP12, "soap:Body"));
        // only a payload that is a document's root or detached moves: one inside another message is copied
        Node parent = payload.getParentNode();
        Node taken = take && (parent == null || parent.getNodeType() == Node.DOCUMENT_NODE) ? doc.adoptNode(payload) : null;
        body.appendChild(taken != null ? taken : doc.importNode(payload, true));
        return new SoapEnvelope(doc, body);
    }

    /**
     * The bytes of the envelope {@link SoapEnvelope#around} would build and {@link SoapEnvelope#toBytes}
     * write, without a DOM: the same WS-Addressing headers, then the blocks {@code headers} writes
     * (after them, as {@link SoapEnvelope#addHeader} appends them), then the one element
     * {@code payload} writes into the Body. For answers, which are sent as built; a message to be
     * signed needs the DOM.
     */
    public static byte[] write(WsAddressing addressing, Consumer<MarkupWriter> headers, Consumer<MarkupWriter> payload) {
        MarkupWriter out = new MarkupWriter();
        out.start("soap:Envelope").attribute("xmlns:soap", SOAP12).attribute("xmlns:wsa", WSA);
        out.start("soap:Header");
        addressing.action().ifPresent(v -> add(out, "Action", v, true));
        addressing.messageId().ifPresent(v -> add(out, "MessageID", v, false));
        addressing.to().ifPresent(v -> add(out, "To", v, true));
        addressing.replyTo().ifPresent(v -> {
            out.start("wsa:ReplyTo");
            add(out, "Address", v, false);
            out.end();
        });
        addressing.relatesTo().ifPresent(v -> add(out, "RelatesTo", v, false));
        within(out, headers, "header blocks");
        out.end();
        out.start("soap:Body");
        within(out, payload, "payload");
        out.end();
        out.end();
        return out.toBytes();
    }

    /** Runs a part's writer and checks that it closed what it opened. */
    private static void within(MarkupWriter out, Consumer<MarkupWriter> part, String what) {
        int depth = out.depth();
        part.accept(out);
        if (out.depth() != depth) {
            throw new IllegalStateException("the " + what + " left " + (out.depth() - depth) + " element(s) open");
        }
    }

    private static void add(MarkupWriter out, String name, String text, boolean mustUnderstand) {
        out.start("wsa:" + name);
        if (mustUnderstand) {
            out.attribute("soap:mustUnderstand", "true");
        }
        out.text(text).end();
    }

    private static Element add(Element parent, String name, String text, boolean mustUnderstand) {
        Element e = parent.getOwnerDocument().createElementNS(WSA, "wsa:" + name);
        if (mustUnderstand) {
            e.setAttributeNS(SOAP12, "soap:mustUnderstand", "true");
        }
        Optional.ofNullable(text).ifPresent(e::setTextContent);
        parent.appendChild(e);
        return e;
    }
}
