package dev.crossway.interop.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SecureXmlTest {

    @Test
    void elementsNestedToTheLimitAreReadAndOneDeeperIsRefusedWhileParsing() {
        // 101 to 128 is where the JDKs differ when the limit is left to them (JDK 25: 100, JDK 17: none)
        for (int depth : new int[] {1, 100, 101, SecureXml.DEFAULT_MAX_DEPTH}) {
            Document read = SecureXml.parse(nested(depth));
            assertThat(depthOf(read.getDocumentElement())).as("depth %d", depth).isEqualTo(depth);
        }
        for (int depth : new int[] {SecureXml.DEFAULT_MAX_DEPTH + 1, 10_000}) {
            assertThatThrownBy(() -> SecureXml.parse(nested(depth)))
                    .isInstanceOfSatisfying(XmlRejectedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(XmlRejectedException.Reason.TOO_DEEP);
                        assertThat(e.getMessage()).matches("XML nesting deeper than 128 elements \\(line 1, column \\d+\\)");
                    });
        }
    }

    @Test
    void malformedXmlIsMalformedWhateverNamesItQuotes() {
        for (String xml : new String[] {"<JAXP00010006></x>", "<DTD></x>", "<limit></x>", "<a JAXP00010002=\"1\" JAXP00010002=\"2\"/>"}) {
            assertThatThrownBy(() -> SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)))
                    .as(xml).isInstanceOfSatisfying(XmlRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(XmlRejectedException.Reason.MALFORMED));
        }
    }

    @Test
    void aDoctypeAnEmptyInputAndAnOversizedOneAreRefusedEachForItsReason() {
        byte[] doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SecureXml.parse(doctype)).isInstanceOfSatisfying(XmlRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(XmlRejectedException.Reason.DTD_FORBIDDEN));
        assertThatThrownBy(() -> SecureXml.parse(new byte[0])).isInstanceOfSatisfying(XmlRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(XmlRejectedException.Reason.MALFORMED));
        assertThatThrownBy(() -> SecureXml.parse(nested(3), 20)).isInstanceOfSatisfying(XmlRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(XmlRejectedException.Reason.TOO_LARGE);
            assertThat(e.getMessage()).isEqualTo("XML document of 21 bytes exceeds the limit of 20 bytes");
        });
    }

    @Test
    void referencesToThePredefinedEntitiesAreBoundOnlyByTheDocumentsSize() {
        // JDK 25 left to itself refuses more than 100,000 of them; each stands for one character
        int references = 150_000;
        byte[] escaped = ("<p>" + "a &amp; b &lt; c ".repeat(references / 2) + "</p>").getBytes(StandardCharsets.UTF_8);
        assertThat(SecureXml.parse(escaped).getDocumentElement().getTextContent())
                .hasSize(references / 2 * "a & b < c ".length())
                .startsWith("a & b < c a & b");
    }

    @Test
    void anElementMayCarryTwoHundredAttributesAndNoMore() {
        assertThat(SecureXml.parse(withAttributes(SecureXml.MAX_ATTRIBUTES)).getDocumentElement().getAttributes().getLength())
                .isEqualTo(SecureXml.MAX_ATTRIBUTES);
        assertThatThrownBy(() -> SecureXml.parse(withAttributes(SecureXml.MAX_ATTRIBUTES + 1)))
                .isInstanceOfSatisfying(XmlRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(XmlRejectedException.Reason.TOO_LARGE));
    }

    private static byte[] withAttributes(int n) {
        StringBuilder xml = new StringBuilder("<e");
        for (int i = 0; i < n; i++) {
            xml.append(" a").append(i).append("=\"").append(i).append('"');
        }
        return xml.append("/>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code depth} elements, each the only child of the one before. */
    private static byte[] nested(int depth) {
        return ("<d>".repeat(depth) + "</d>".repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }

    private static int depthOf(Element e) {
        int depth = 1;
        for (Element child = firstElement(e); child != null; child = firstElement(child)) {
            depth++;
        }
        return depth;
    }

    private static Element firstElement(Element e) {
        for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                return child;
            }
        }
        return null;
    }
}
