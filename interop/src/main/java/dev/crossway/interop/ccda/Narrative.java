package dev.crossway.interop.ccda;

import dev.crossway.interop.xml.XmlText;
import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The narrative blocks of one document: resolves {@code reference/@value="#id"} to the plain
 * text of the element carrying that ID (how entries point at their human-readable form).
 */
final class Narrative {

    private final Map<String, Element> byId = new HashMap<>();

    Narrative(Document document) {
        NodeList all = document.getElementsByTagNameNS(Dom.HL7, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String id = Dom.attr(e, "ID");
            if (id != null) {
                byId.putIfAbsent(id, e);
            }
        }
    }

    /** The text an {@code originalText} or {@code text} element stands for: its reference target, else its own text. */
    String resolve(Element textOrOriginalText) {
        if (textOrOriginalText == null) {
            return null;
        }
        String ref = Dom.attr(Dom.child(textOrOriginalText, "reference"), "value");
        if (ref != null) {
            Element target = byId.get(ref.startsWith("#") ? ref.substring(1) : ref);
            String resolved = target == null ? null : singleLine(NarrativeText.plain(target));
            if (resolved != null) {
                return resolved;
            }
        }
        return directText(textOrOriginalText);
    }

    private static String directText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE || n.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue());
            }
        }
        return singleLine(sb.toString());
    }

    private static String singleLine(String s) {
        if (s == null) {
            return null;
        }
        String t = XmlText.collapse(s);
        return t.isEmpty() ? null : t;
    }
}
