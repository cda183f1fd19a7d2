package dev.crossway.interop.ccda.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, fail-fast layer over {@link XMLStreamWriter}: elements in the HL7 v3 namespace,
 * attributes whose value is null are left out, and every text and attribute value is escaped by
 * the StAX writer (never concatenated into markup). Characters XML 1.0 cannot carry (controls
 * other than tab, CR, LF; lone surrogates) are dropped before they reach the writer.
 */
final class XmlOut {

    static final String HL7 = "urn:hl7-org:v3";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String SDTC = "urn:hl7-org:sdtc";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter w;

    XmlOut() {
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(HL7);
            w.setPrefix("xsi", XSI);
            w.setPrefix("sdtc", SDTC);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("no XML writer", e);
        }
    }

    /** The root element, declaring the HL7 (default), xsi and sdtc namespaces. */
    XmlOut root(String name) {
        try {
            w.writeStartElement(HL7, name);
            w.writeDefaultNamespace(HL7);
            w.writeNamespace("xsi", XSI);
            w.writeNamespace("sdtc", SDTC);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens {@code name} with attribute name/value pairs (a null value leaves the attribute out). */
    XmlOut start(String name, String... attributes) {
        try {
            w.writeStartElement(HL7, name);
            attributes(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element without content. */
    XmlOut empty(String name, String... attributes) {
        try {
            w.writeEmptyElement(HL7, name);
            attributes(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element holding only {@code text}; nothing at all when the text is null or blank. */
    XmlOut element(String name, String text, String... attributes) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return start(name, attributes).text(text).end();
    }

    XmlOut text(String text) {
        try {
            if (text != null) {
                w.writeCharacters(clean(text));
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut end() {
        try {
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] finish() {
        try {
            w.writeEndDocument();
            w.flush();
            w.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void attributes(String... pairs) throws XMLStreamException {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            String value = pairs[i + 1];
            if (value == null) {
                continue;
            }
            String name = pairs[i];
            if (name.startsWith("xsi:")) {
                w.writeAttribute("xsi", XSI, name.substring(4), clean(value));
            } else {
                w.writeAttribute(name, clean(value));
            }
        }
    }

    /** Drops what XML 1.0 cannot carry at all; the writer escapes the rest. */
    static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
