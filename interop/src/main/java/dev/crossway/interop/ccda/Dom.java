package dev.crossway.interop.ccda;

import dev.crossway.interop.xml.XmlText;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Null-tolerant walking of CDA elements in the HL7 v3 namespace (so {@code sdtc:raceCode} is
 * never mistaken for {@code raceCode}). Every method accepts a null element and answers null
 * or empty; attributes that are blank count as absent.
 */
final class Dom {

    static final String HL7 = "urn:hl7-org:v3";

    private Dom() {
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && HL7.equals(e.getNamespaceURI())) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Element e : children(parent)) {
            if (name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child along a path of local names, e.g. {@code child(e, "patient", "name")}. */
    static Element child(Element parent, String... path) {
        Element current = parent;
        for (String name : path) {
            List<Element> found = children(current, name);
            current = found.isEmpty() ? null : found.get(0);
        }
        return current;
    }

    static String attr(Element e, String name) {
        if (e == null || !e.hasAttribute(name)) {
            return null;
        }
        String v = e.getAttribute(name).trim();
        return v.isEmpty() ? null : v;
    }

    static String nullFlavor(Element e) {
        return attr(e, "nullFlavor");
    }

    /** The element's text with whitespace collapsed, or null when it is absent, blank or nullFlavored. */
    static String text(Element e) {
        if (e == null || nullFlavor(e) != null) {
            return null;
        }
        String t = XmlText.collapse(e.getTextContent());
        return t.isEmpty() ? null : t;
    }

    static List<String> templateIds(Element e) {
        List<String> out = new ArrayList<>();
        for (Element t : children(e, "templateId")) {
            String root = attr(t, "root");
            if (root != null) {
                String ext = attr(t, "extension");
                out.add(ext == null ? root : root + ":" + ext);
            }
        }
        return out;
    }

    static boolean hasTemplate(Element e, String root) {
        for (Element t : children(e, "templateId")) {
            if (root.equals(attr(t, "root"))) {
                return true;
            }
        }
        return false;
    }

    static boolean isTrue(Element e, String attribute) {
        return "true".equalsIgnoreCase(attr(e, attribute));
    }
}
