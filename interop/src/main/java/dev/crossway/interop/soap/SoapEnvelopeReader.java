package dev.crossway.interop.soap;

import static dev.crossway.interop.soap.SoapNamespaces.SOAP11;
import static dev.crossway.interop.soap.SoapNamespaces.SOAP12;

import dev.crossway.interop.xml.SecureXml;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks that a parsed document is a SOAP 1.2 envelope: the right root, an optional Header, then
 * exactly one Body holding exactly one element. SOAP 1.1 is refused with a message saying so,
 * since a partner sending it needs to know the version, not that the XML is "wrong".
 */
public final class SoapEnvelopeReader {

    private SoapEnvelopeReader() {
    }

    public static SoapEnvelope read(byte[] xml) {
        return read(SecureXml.parse(xml));
    }

    public static SoapEnvelope read(Document document) {
        Element root = document.getDocumentElement();
        if (SOAP11.equals(root.getNamespaceURI())) {
            throw new SoapMessageException("SOAP 1.1 envelope (namespace " + SOAP11
                    + ") is not supported: IHE cross-community transactions require SOAP 1.2 (" + SOAP12 + ")");
        }
        if (!SOAP12.equals(root.getNamespaceURI()) || !"Envelope".equals(root.getLocalName())) {
            throw new SoapMessageException("not a SOAP 1.2 envelope: root element is " + Dom.name(root));
        }
        List<Element> parts = Dom.children(root);
        Element body = null;
        for (int i = 0; i < parts.size(); i++) {
            Element part = parts.get(i);
            boolean soap = SOAP12.equals(part.getNamespaceURI());
            if (soap && "Header".equals(part.getLocalName()) && i == 0) {
                continue;
            }
            if (soap && "Body".equals(part.getLocalName()) && body == null) {
                body = part;
                continue;
            }
            throw new SoapMessageException("unexpected element " + Dom.name(part) + " in the SOAP Envelope");
        }
        if (body == null) {
            throw new SoapMessageException("SOAP Envelope has no Body");
        }
        List<Element> payload = Dom.children(body);
        if (payload.size() != 1) {
            throw new SoapMessageException(payload.isEmpty() ? "SOAP Body is empty"
                    : "SOAP Body holds " + payload.size() + " elements, expected one");
        }
        return new SoapEnvelope(document, body);
    }
}
