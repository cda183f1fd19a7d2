package dev.crossway.interop.soap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes a DOM as UTF-8 exactly as it stands: every attribute and namespace declaration is kept
 * (the JDK's identity transformer drops "redundant" ones), whitespace is untouched, nothing is
 * indented. A declaration is added only where a node created in code uses a prefix that nothing
 * declares, so a signature computed on the DOM verifies on the bytes.
 */
public final class SoapSerializer {

    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private SoapSerializer() {
    }

    public static byte[] toBytes(Node node) {
        StringBuilder out = new StringBuilder(8192).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Node start = node instanceof Document d ? d.getDocumentElement() : node;
        Deque<Map<String, String>> scopes = new ArrayDeque<>();
        scopes.push(Map.of("xml", "http://www.w3.org/XML/1998/namespace"));
        write(start, out, scopes);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Node node, StringBuilder out, Deque<Map<String, String>> scopes) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> element((Element) node, out, scopes);
            case Node.TEXT_NODE -> escape(node.getNodeValue(), out, false);
            case Node.CDATA_SECTION_NODE -> out.append("<![CDATA[").append(node.getNodeValue()).append("]]>");
            case Node.COMMENT_NODE -> out.append("<!--").append(node.getNodeValue()).append("-->");
            case Node.PROCESSING_INSTRUCTION_NODE -> out.append("<?").append(node.getNodeName()).append(' ')
                    .append(node.getNodeValue()).append("?>");
            default -> {
                for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
                    write(c, out, scopes);
                }
            }
        }
    }

    /**
     * The element's own scope is copied from its parent's only when it changes it (a declaration
     * or a fix-up): most elements of a message declare nothing, and copying the map for each was
     * the serializer's largest cost. Attributes go straight to {@code out} after the fix-ups, in
     * the order the DOM holds them.
     */
    private static void element(Element e, StringBuilder out, Deque<Map<String, String>> scopes) {
        Map<String, String> inherited = scopes.peek();
        Map<String, String> scope = inherited;
        Attr[] attrs = attributes(e);
        for (Attr a : attrs) {
            if (XMLNS.equals(a.getNamespaceURI())) {
                if (scope == inherited) {
                    scope = new HashMap<>(inherited);
                }
                scope.put(a.getPrefix() == null ? "" : a.getLocalName(), a.getValue());
            }
        }
        out.append('<').append(e.getTagName());
        scope = declare(e.getPrefix(), e.getNamespaceURI(), scope, inherited, out);
        for (Attr a : attrs) {
            if (a.getPrefix() != null && !XMLNS.equals(a.getNamespaceURI())) {
                scope = declare(a.getPrefix(), a.getNamespaceURI(), scope, inherited, out);
            }
        }
        for (Attr a : attrs) {
            out.append(' ').append(a.getName()).append("=\"");
            escape(a.getValue(), out, true);
            out.append('"');
        }
        if (!e.hasChildNodes()) {
            out.append("/>");
            return;
        }
        out.append('>');
        scopes.push(scope);
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            write(c, out, scopes);
        }
        scopes.pop();
        out.append("</").append(e.getTagName()).append('>');
    }

    private static final Attr[] NO_ATTRIBUTES = new Attr[0];

    /** The element's attributes in DOM order, read from its map once (the three passes above each read them). */
    private static Attr[] attributes(Element e) {
        if (!e.hasAttributes()) {
            return NO_ATTRIBUTES;
        }
        NamedNodeMap map = e.getAttributes();
        Attr[] attrs = new Attr[map.getLength()];
        for (int i = 0; i < attrs.length; i++) {
            attrs[i] = (Attr) map.item(i);
        }
        return attrs;
    }

    /** Writes a declaration when nothing in scope binds {@code prefix} to {@code ns}; returns the scope, copied if it changed. */
    private static Map<String, String> declare(String prefix, String ns, Map<String, String> scope, Map<String, String> inherited,
                                               StringBuilder out) {
        String p = prefix == null ? "" : prefix;
        String uri = ns == null ? "" : ns;
        if (uri.equals(scope.getOrDefault(p, ""))) {
            return scope;
        }
        Map<String, String> changed = scope == inherited ? new HashMap<>(inherited) : scope;
        changed.put(p, uri);
        out.append(p.isEmpty() ? " xmlns" : " xmlns:" + p).append("=\"");
        escape(uri, out, true);
        out.append('"');
        return changed;
    }

    /**
     * Appends {@code s} escaped: the runs between characters that need a reference are appended
     * whole rather than character by character (the per-character appends were most of the
     * serializer's own time in the interop JMH profile). {@link MarkupWriter} escapes with it too.
     */
    static void escape(String s, StringBuilder out, boolean attribute) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > '>') {
                continue; // letters and most punctuation: none of the characters below
            }
            String reference = reference(c, attribute);
            if (reference != null) {
                out.append(s, run, i).append(reference);
                run = i + 1;
            }
        }
        out.append(s, run, s.length());
    }

    /** The reference that replaces {@code c}, or null when {@code c} is written as it is. */
    private static String reference(char c, boolean attribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\r' -> "&#13;";
            case '"' -> attribute ? "&quot;" : null;
            case '\t' -> attribute ? "&#9;" : null;
            case '\n' -> attribute ? "&#10;" : null;
            default -> null;
        };
    }
}
