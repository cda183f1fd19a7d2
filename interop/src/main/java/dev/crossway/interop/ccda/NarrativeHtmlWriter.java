package dev.crossway.interop.ccda;

import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * CDA narrative block elements to HTML by whitelist. Unknown elements are not rendered, only
 * their text (escaped); script-like elements lose their text too. linkHtml becomes plain text.
 */
final class NarrativeHtmlWriter {

    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("paragraph", "p"), Map.entry("item", "li"), Map.entry("table", "table"),
            Map.entry("thead", "thead"), Map.entry("tbody", "tbody"), Map.entry("tfoot", "tfoot"),
            Map.entry("tr", "tr"), Map.entry("th", "th"), Map.entry("td", "td"), Map.entry("content", "span"),
            Map.entry("sub", "sub"), Map.entry("sup", "sup"), Map.entry("footnote", "small"));
    private static final Set<String> DROPPED = Set.of(
            "script", "style", "iframe", "object", "embed", "applet", "svg", "math", "template", "renderMultiMedia");

    private NarrativeHtmlWriter() {
    }

    static void section(Element section, int level, HtmlOut out) {
        if (section == null) {
            return;
        }
        String heading = "h" + Math.min(level, 6);
        out.open("section").open(heading).text(titleOf(section)).close(heading);
        Element text = Dom.child(section, "text");
        if (Dom.nullFlavor(section) != null || text == null) {
            out.open("p").text("No information.").close("p");
        } else {
            children(text, out);
        }
        for (Element component : Dom.children(section, "component")) {
            section(Dom.child(component, "section"), level + 1, out);
        }
        out.close("section");
    }

    private static String titleOf(Element section) {
        String title = Dom.text(Dom.child(section, "title"));
        String code = Dom.attr(Dom.child(section, "code"), "displayName");
        return title != null ? title : code != null ? code : "Section";
    }

    private static void children(Node parent, HtmlOut out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.text(n.getNodeValue());
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                element((Element) n, out);
            }
        }
    }

    private static void element(Element e, HtmlOut out) {
        String name = e.getLocalName();
        if (DROPPED.contains(name)) {
            return;
        }
        if ("br".equals(name)) {
            out.raw("<br>");
            return;
        }
        String tag = switch (name) {
            case "list" -> "ordered".equalsIgnoreCase(Dom.attr(e, "listType")) ? "ol" : "ul";
            case "caption" -> "table".equals(parentName(e)) ? "caption" : "strong";
            default -> TAGS.get(name);
        };
        if (tag == null || !Dom.HL7.equals(e.getNamespaceURI())) {
            children(e, out);
            return;
        }
        out.open(tag);
        children(e, out);
        out.close(tag);
    }

    private static String parentName(Element e) {
        return e.getParentNode() instanceof Element p ? p.getLocalName() : null;
    }
}
