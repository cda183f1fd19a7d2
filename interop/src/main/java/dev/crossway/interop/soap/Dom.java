package dev.crossway.interop.soap;

import dev.crossway.interop.xml.Elements;
import dev.crossway.interop.xml.XmlText;
import java.util.List;
import org.w3c.dom.Element;

/** The few DOM walks the SOAP classes need. */
final class Dom {

    private Dom() {
    }

    static List<Element> children(Element parent) {
        return Elements.all(parent);
    }

    static Element child(Element parent, String ns, String local) {
        return Elements.first(parent, ns, local);
    }

    static Element firstChild(Element parent) {
        List<Element> list = children(parent);
        if (list.isEmpty()) {
            throw new SoapMessageException("SOAP Body is empty");
        }
        return list.get(0);
    }

    static String prefixOf(Element e) {
        return e.getPrefix() == null ? "" : e.getPrefix() + ":";
    }

    /** xs:anyURI / xs:token whitespace handling: trim and collapse inner runs to one space. */
    static String collapse(String s) {
        return XmlText.collapse(s);
    }

    static String name(Element e) {
        return "{" + e.getNamespaceURI() + "}" + e.getLocalName();
    }
}
