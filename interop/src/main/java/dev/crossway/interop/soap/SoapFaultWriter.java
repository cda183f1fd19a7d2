package dev.crossway.interop.soap;

import static dev.crossway.interop.soap.SoapNamespaces.SOAP12;

import dev.crossway.interop.xml.SecureXml;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writes a SOAP 1.2 {@code Fault} element, to be put into an envelope with {@link SoapEnvelope#create}. */
public final class SoapFaultWriter {

    /** Namespace of the one detail entry we write: a plain-text explanation. */
    public static final String DETAIL_NS = "urn:dev:crossway:fault";

    private SoapFaultWriter() {
    }

    public static Element write(SoapFault fault) {
        Document doc = SecureXml.newDocument();
        Element root = el(doc, "Fault");
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:soap", SOAP12);
        doc.appendChild(root);
        Element code = (Element) root.appendChild(el(doc, "Code"));
        code.appendChild(el(doc, "Value")).setTextContent("soap:" + fault.code().localName());
        Element parent = code;
        int n = 0;
        for (QName sub : fault.subcodes()) {
            Element subcode = (Element) parent.appendChild(el(doc, "Subcode"));
            Element value = (Element) subcode.appendChild(el(doc, "Value"));
            String prefix = "sc" + n++;
            value.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + prefix, sub.getNamespaceURI());
            value.setTextContent(prefix + ":" + sub.getLocalPart());
            parent = subcode;
        }
        Element text = (Element) root.appendChild(el(doc, "Reason")).appendChild(el(doc, "Text"));
        text.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "en");
        text.setTextContent(fault.reason());
        fault.detail().ifPresent(d -> {
            Element detail = (Element) root.appendChild(el(doc, "Detail"));
            Element message = doc.createElementNS(DETAIL_NS, "cw:message");
            message.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:cw", DETAIL_NS);
            message.setTextContent(d);
            detail.appendChild(message);
        });
        return root;
    }

    private static Element el(Document doc, String name) {
        return doc.createElementNS(SOAP12, "soap:" + name);
    }
}
