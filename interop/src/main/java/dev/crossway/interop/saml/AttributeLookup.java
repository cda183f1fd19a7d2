package dev.crossway.interop.saml;

import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Finds attribute values by name among a fixed list of {@code saml2:Attribute} elements. */
final class AttributeLookup {

    private final List<Element> attributes;

    AttributeLookup(List<Element> attributes) {
        this.attributes = attributes;
    }

    /** The first non-empty plain-text value of the named attribute. */
    Optional<String> text(String name) {
        for (Element value : values(name)) {
            String text = Dom.text(value);
            if (!text.isEmpty()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /**
     * The first coded value ({@code hl7:Role}, {@code hl7:PurposeOfUse}, or the misspelt
     * {@code hl7:PurposeForUse} seen in CONNECT traffic: any child element with a {@code code}),
     * else the first plain-text value.
     */
    Optional<CodedValue> coded(String name) {
        for (Element value : values(name)) {
            for (Element child : Dom.childElements(value)) {
                String code = Dom.attr(child, "code");
                if (code != null && SamlNames.HL7.equals(child.getNamespaceURI())) {
                    return Optional.of(new CodedValue(code, Dom.attr(child, "codeSystem"),
                            Dom.attr(child, "displayName")));
                }
            }
        }
        return text(name).map(CodedValue::text);
    }

    private List<Element> values(String name) {
        return attributes.stream()
                .filter(a -> name.equals(a.getAttributeNS(null, "Name").trim()))
                .flatMap(a -> Dom.children(a, SamlNames.SAML2, "AttributeValue").stream())
                .toList();
    }
}
