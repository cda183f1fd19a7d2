package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Address;
import dev.crossway.interop.ccda.model.Identifier;
import dev.crossway.interop.ccda.model.Organization;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** Names, addresses, telecoms and identifiers as the CDA header writes them. */
final class People {

    private People() {
    }

    /** The legal name ({@code use="L"}) when there are several, else the first. */
    static Element preferredName(Element parent) {
        List<Element> names = Dom.children(parent, "name");
        for (Element n : names) {
            if ("L".equals(Dom.attr(n, "use"))) {
                return n;
            }
        }
        return names.isEmpty() ? null : names.get(0);
    }

    /** Given names except call-me ({@code qualifier="CL"}) ones: [0] first, [1] middle. */
    static List<String> givens(Element name) {
        List<String> out = new ArrayList<>();
        for (Element g : Dom.children(name, "given")) {
            String q = Dom.attr(g, "qualifier");
            String text = Dom.text(g);
            if (text != null && (q == null || !q.contains("CL"))) {
                out.add(text);
            }
        }
        return out;
    }

    static Address address(Element addr) {
        if (addr == null || Dom.nullFlavor(addr) != null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (Element line : Dom.children(addr, "streetAddressLine")) {
            String text = Dom.text(line);
            if (text != null) {
                lines.add(text);
            }
        }
        return new Address(lines.isEmpty() ? null : String.join(", ", lines), Dom.text(Dom.child(addr, "city")),
                Dom.text(Dom.child(addr, "state")), Dom.text(Dom.child(addr, "postalCode")),
                Dom.text(Dom.child(addr, "country")));
    }

    /** The telecom value without its URL scheme ("tel:", "mailto:"). */
    static String telecom(Element telecom) {
        String value = Dom.nullFlavor(telecom) == null ? Dom.attr(telecom, "value") : null;
        if (value == null) {
            return null;
        }
        int colon = value.indexOf(':');
        return (colon >= 0 && colon < 8 ? value.substring(colon + 1) : value).trim();
    }

    static boolean isEmail(Element telecom) {
        String value = Dom.attr(telecom, "value");
        return value != null && value.toLowerCase(java.util.Locale.ROOT).startsWith("mailto:");
    }

    static Identifier identifier(Element id) {
        if (id == null || Dom.nullFlavor(id) != null) {
            return null;
        }
        String root = Dom.attr(id, "root");
        String extension = Dom.attr(id, "extension");
        if (root == null && extension == null) {
            return null;
        }
        return extension == null ? new Identifier(root, null) : new Identifier(extension, root);
    }

    static Organization organization(Element org) {
        if (org == null || Dom.nullFlavor(org) != null) {
            return null;
        }
        Identifier id = null;
        for (Element candidate : Dom.children(org, "id")) {
            id = id != null ? id : identifier(candidate);
        }
        Element telecom = Dom.child(org, "telecom");
        return new Organization(id == null ? null : id.id(), id == null ? null : id.idType(),
                Dom.text(Dom.child(org, "name")), address(Dom.child(org, "addr")), telecom(telecom));
    }
}
