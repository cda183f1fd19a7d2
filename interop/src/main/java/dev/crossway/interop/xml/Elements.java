package dev.crossway.interop.xml;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Child look-ups on a DOM, shared by the readers of each format (SOAP, SAML, HL7v3, ebRIM). */
public final class Elements {

    private Elements() {
    }

    /**
     * The first child element of {@code parent} named {@code localName} in namespace {@code ns},
     * or null; the walk stops there (a reader that needs the name unique counts all of them).
     */
    public static Element first(Element parent, String ns, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    /** Every child element of {@code parent} named {@code localName} in namespace {@code ns}, in document order. */
    public static List<Element> all(Element parent, String ns, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }

    /** Every child element of {@code parent}, whatever its name, in document order. */
    public static List<Element> all(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }
}
