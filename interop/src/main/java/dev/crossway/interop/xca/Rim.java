package dev.crossway.interop.xca;

import dev.crossway.interop.xml.Elements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.w3c.dom.Element;

/** DOM walks and writes for ebRIM/ebRS/XDS.b elements; failures name the element path. */
final class Rim {

    private Rim() {
    }

    static List<Element> children(Element parent, String ns, String local) {
        return Elements.all(parent, ns, local);
    }

    /** The first such child: the walk stops there. */
    static Optional<Element> child(Element parent, String ns, String local) {
        return Optional.ofNullable(Elements.first(parent, ns, local));
    }

    static Element required(Element parent, String ns, String local, String path) {
        return child(parent, ns, local).orElseThrow(() -> new XcaMessageException(path + ": required element " + local + " is missing"));
    }

    static Optional<String> attr(Element e, String name) {
        String v = e.getAttribute(name).trim();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    static String requiredAttr(Element e, String name, String path) {
        return attr(e, name).orElseThrow(() -> new XcaMessageException(path + ": required attribute @" + name + " is missing"));
    }

    static Optional<String> text(Element e) {
        String v = e.getTextContent().trim();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    static String requiredText(Element parent, String ns, String local, String path) {
        return text(required(parent, ns, local, path)).orElseThrow(() -> new XcaMessageException(path + "/" + local + " is empty"));
    }

    /** Slot values by slot name (rim:Slot/rim:ValueList/rim:Value). */
    static List<String> slot(Element parent, String name) {
        List<String> values = new ArrayList<>();
        for (Element slot : children(parent, EbXml.RIM, "Slot")) {
            if (name.equals(slot.getAttribute("name"))) {
                child(slot, EbXml.RIM, "ValueList").ifPresent(list ->
                        children(list, EbXml.RIM, "Value").forEach(v -> text(v).ifPresent(values::add)));
            }
        }
        return values;
    }

    /** The value of {@code rim:Name} or {@code rim:Description} (first LocalizedString). */
    static Optional<String> localized(Element parent, String local) {
        return child(parent, EbXml.RIM, local).flatMap(n -> child(n, EbXml.RIM, "LocalizedString")).flatMap(s -> attr(s, "value"));
    }

    static <T> T at(String path, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new XcaMessageException(path + ": " + e.getMessage(), e);
        }
    }

    static Element el(Element parent, String ns, String qname) {
        Element e = parent.getOwnerDocument().createElementNS(ns, qname);
        parent.appendChild(e);
        return e;
    }

    static void writeSlot(Element parent, String name, List<String> values) {
        Element slot = el(parent, EbXml.RIM, "rim:Slot");
        slot.setAttribute("name", name);
        Element list = el(slot, EbXml.RIM, "rim:ValueList");
        values.forEach(v -> el(list, EbXml.RIM, "rim:Value").setTextContent(v));
    }

    static void writeLocalized(Element parent, String local, String value) {
        Element ls = el(el(parent, EbXml.RIM, "rim:" + local), EbXml.RIM, "rim:LocalizedString");
        ls.setAttribute("value", value);
    }

    static void declare(Element root, String prefix, String ns) {
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:" + prefix, ns);
    }
}
