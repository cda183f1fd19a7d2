package dev.crossway.interop.saml;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Counts the elements of a document that carry a given identifier in any ID-like attribute
 * ({@code ID}, {@code Id}, {@code id}, whatever the namespace, {@code wsu:Id} and {@code xml:id}
 * included). A reference is only meaningful when that count is exactly one.
 *
 * <p>The counts of every identifier are taken in one walk ({@link #of}), so that the assertion
 * and the timestamp signature of one message share it: each walk visits every attribute of the
 * envelope, 8% of an XCPD request-to-response in the interop JMH profile when it was done once
 * per signature. The document must not change between {@link #of} and the last {@link #count};
 * the verifiers only read it.
 */
final class IdCheck {

    private final Map<String, Integer> counts;

    private IdCheck(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** The identifier counts of the tree under {@code root} (a document or an element), in one walk. */
    static IdCheck of(Node root) {
        Map<String, Integer> counts = new HashMap<>();
        for (Node n = root; n != null; n = next(n, root)) {
            if (n instanceof Element e && e.hasAttributes()) {
                NamedNodeMap attributes = e.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Attr a = (Attr) attributes.item(i);
                    if (isIdLike(a)) {
                        countOnce(counts, attributes, i, a.getValue().trim());
                    }
                }
            }
        }
        return new IdCheck(counts);
    }

    /** How many elements carry {@code id}. */
    int count(String id) {
        return counts.getOrDefault(id, 0);
    }

    static int count(Node root, String id) {
        return of(root).count(id);
    }

    private static boolean isIdLike(Attr a) {
        String name = a.getLocalName() != null ? a.getLocalName() : a.getName();
        return name.equalsIgnoreCase("id");
    }

    /** An element carrying the same value in two ID-like attributes is one element carrying it. */
    private static void countOnce(Map<String, Integer> counts, NamedNodeMap attributes, int at, String value) {
        for (int j = 0; j < at; j++) {
            Attr earlier = (Attr) attributes.item(j);
            if (isIdLike(earlier) && value.equals(earlier.getValue().trim())) {
                return;
            }
        }
        counts.merge(value, 1, Integer::sum);
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
