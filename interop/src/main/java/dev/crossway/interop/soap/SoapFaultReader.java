package dev.crossway.interop.soap;

import static dev.crossway.interop.soap.SoapNamespaces.SOAP12;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/** Reads a SOAP 1.2 {@code Fault} element; prefixed values are resolved to qualified names. */
public final class SoapFaultReader {

    private SoapFaultReader() {
    }

    public static SoapFault read(Element fault) {
        Element code = required(fault, "Code");
        QName value = qname(required(code, "Value"));
        if (!SOAP12.equals(value.getNamespaceURI())) {
            throw new SoapMessageException("SOAP fault code " + value + " is not in the SOAP 1.2 namespace");
        }
        List<QName> subcodes = new ArrayList<>();
        for (Element sub = Dom.child(code, SOAP12, "Subcode"); sub != null; sub = Dom.child(sub, SOAP12, "Subcode")) {
            subcodes.add(qname(required(sub, "Value")));
        }
        Element text = Dom.child(required(fault, "Reason"), SOAP12, "Text");
        if (text == null) {
            throw new SoapMessageException("SOAP fault Reason has no Text");
        }
        Element detail = Dom.child(fault, SOAP12, "Detail");
        Optional<String> detailText = Optional.ofNullable(detail).map(d -> d.getTextContent().trim()).filter(s -> !s.isEmpty());
        return new SoapFault(SoapFault.Code.of(value.getLocalPart()), subcodes, Dom.collapse(text.getTextContent()), detailText);
    }

    private static Element required(Element parent, String name) {
        Element e = Dom.child(parent, SOAP12, name);
        if (e == null) {
            throw new SoapMessageException("SOAP fault " + parent.getLocalName() + " has no " + name);
        }
        return e;
    }

    private static QName qname(Element value) {
        String text = value.getTextContent().trim();
        int colon = text.indexOf(':');
        String prefix = colon < 0 ? null : text.substring(0, colon);
        String ns = value.lookupNamespaceURI(prefix);
        if (ns == null) {
            throw new SoapMessageException("SOAP fault value '" + text + "' uses an undeclared prefix");
        }
        return new QName(ns, text.substring(colon + 1), prefix == null ? "" : prefix);
    }
}
