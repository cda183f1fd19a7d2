package dev.crossway.interop.saml;

import dev.crossway.interop.xml.Elements;
import dev.crossway.interop.xml.XmlText;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** The few DOM walks the SAML code needs: direct children only, never a document-wide search. */
final class Dom {

    private Dom() {
    }

    static List<Element> children(Element parent, String ns, String localName) {
        return Elements.all(parent, ns, localName);
    }

    static List<Element> childElements(Element parent) {
        return Elements.all(parent);
    }

    /** The first such child: the walk stops there (a uniqueness check uses {@link #children}). */
    static Optional<Element> child(Element parent, String ns, String localName) {
        return Optional.ofNullable(Elements.first(parent, ns, localName));
    }

    /** Text content with runs of white space (line breaks inside values are common) collapsed. */
    static String text(Element e) {
        return XmlText.collapse(e.getTextContent());
    }

    /** An attribute's value, or null when absent or blank. */
    static String attr(Element e, String name) {
        String v = e.getAttributeNS(null, name).trim();
        return v.isEmpty() ? null : v;
    }

    static Element append(Element parent, String ns, String qualifiedName) {
        Element e = parent.getOwnerDocument().createElementNS(ns, qualifiedName);
        parent.appendChild(e);
        return e;
    }

    static Element append(Element parent, String ns, String qualifiedName, String text) {
        Element e = append(parent, ns, qualifiedName);
        e.setTextContent(text);
        return e;
    }
}
