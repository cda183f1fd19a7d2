package dev.crossway.interop.saml;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Counts the elements of a document that carry a given identifier in any ID-like attribute
 * ({@code ID}, {@code Id}, {@code id}, whatever the namespace, {@code wsu:Id} and {@code xml:id}
 * included). A reference is only meaningful when that count is exactly one.
 */
final class IdCheck {

    private IdCheck() {
    }

    static int count(Node root, String id) {
        int count = 0;
        for (Node n = root; n != null; n = next(n, root)) {
            if (n instanceof Element e && carries(e, id)) {
                count++;
            }
        }
        return count;
    }

    private static boolean carries(Element e, String id) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String name = a.getLocalName() != null ? a.getLocalName() : a.getName();
            if (name.equalsIgnoreCase("id") && id.equals(a.getValue().trim())) {
                return true;
            }
        }
        return false;
    }

    /** Document order without recursion, so a deep (but parser-bounded) tree cannot overflow the stack. */
    private static Node next(Node n, Node root) {
        if (n.getFirstChild() != null) {
            return n.getFirstChild();
        }
        while (n != root) {
            if (n.getNextSibling() != null) {
                return n.getNextSibling();
            }
            n = n.getParentNode();
        }
        return null;
    }
}
