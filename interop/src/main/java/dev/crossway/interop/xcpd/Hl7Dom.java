package dev.crossway.interop.xcpd;

import dev.crossway.interop.xml.Elements;
import dev.crossway.interop.xml.XmlText;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.w3c.dom.Element;

/** DOM walks in the HL7v3 namespace; every failure names the HL7 path where it happened. */
final class Hl7Dom {

    private Hl7Dom() {
    }

    static List<Element> children(Element parent, String local) {
        return Elements.all(parent, Hl7v3.NS, local);
    }

    /** The first such child: the walk stops there. */
    static Optional<Element> child(Element parent, String local) {
        return Optional.ofNullable(Elements.first(parent, Hl7v3.NS, local));
    }

    static Element required(Element parent, String local, String path) {
        return child(parent, local).orElseThrow(() -> new XcpdMessageException(
                path + ": required element " + local + " is missing"));
    }

    static Optional<String> attr(Element e, String name) {
        String v = e.getAttribute(name).trim();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    static String requiredAttr(Element e, String name, String path) {
        return attr(e, name).orElseThrow(() -> new XcpdMessageException(path + ": required attribute @" + name + " is missing"));
    }

    static Optional<String> text(Element e) {
        String v = XmlText.collapse(e.getTextContent());
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    static Optional<String> childText(Element parent, String local) {
        return child(parent, local).flatMap(Hl7Dom::text);
    }

    /** Runs a value-object constructor, turning its IllegalArgumentException into a message naming the path. */
    static <T> T at(String path, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new XcpdMessageException(path + ": " + e.getMessage(), e);
        }
    }

    /** Checks the root element's namespace and name. */
    static void expectRoot(Element root, String local) {
        if (!local.equals(root.getLocalName())) {
            throw new XcpdMessageException("expected " + local + " but found {" + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        if (!Hl7v3.NS.equals(root.getNamespaceURI())) {
            throw new XcpdMessageException(local + " is in namespace '" + root.getNamespaceURI() + "', expected " + Hl7v3.NS);
        }
    }
}
