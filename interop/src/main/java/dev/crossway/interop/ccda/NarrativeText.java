package dev.crossway.interop.ccda;

import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Plain text of a CDA narrative block ({@code section/text}): whitespace collapsed, one line per
 * paragraph, list item, caption and table row (cells joined by " | "), {@code br} as a break.
 * Comments and processing instructions are dropped; multimedia references have no text.
 */
final class NarrativeText {

    private static final Set<String> BLOCKS = Set.of(
            "paragraph", "list", "item", "table", "thead", "tbody", "tfoot", "tr", "caption", "footnote", "text");
    private static final Set<String> CELLS = Set.of("td", "th");

    private NarrativeText() {
    }

    static String plain(Element block) {
        if (block == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        walk(block, out);
        String text = out.toString().lines()
                .map(l -> l.replaceAll("[ \\t\\x0B\\f\\r]+", " ").trim())
                .map(l -> l.replaceAll("^\\|\\s*", "").replaceAll("\\s*\\|$", "").trim())
                .filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse("");
        return text.isEmpty() ? null : text;
    }

    private static void walk(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(n.getNodeValue().replaceAll("\\s+", " "));
                case Node.ELEMENT_NODE -> element((Element) n, out);
                default -> { }
            }
        }
    }

    private static void element(Element e, StringBuilder out) {
        String name = e.getLocalName();
        if ("br".equals(name)) {
            out.append('\n');
        } else if ("renderMultiMedia".equals(name)) {
            return;
        } else if (CELLS.contains(name)) {
            out.append(" | ");
            walk(e, out);
        } else if (BLOCKS.contains(name)) {
            out.append('\n');
            walk(e, out);
            out.append('\n');
        } else {
            walk(e, out);
        }
    }
}
