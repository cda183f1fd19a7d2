package dev.crossway.interop.ccda;

import dev.crossway.interop.xml.SecureXml;
import dev.crossway.interop.xml.XmlRejectedException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Turns bytes into a CDA DOM through {@link SecureXml}: a whole document must have an HL7 v3
 * {@code ClinicalDocument} root; a fragment (a bare {@code section}, {@code component} or
 * {@code nonXMLBody}, as the HL7 example library ships them, often without namespace
 * declarations) is parsed inside a wrapper that declares the HL7, xsi and sdtc namespaces.
 */
final class CdaSource {

    private static final String WRAPPER_START = "<fragment xmlns=\"urn:hl7-org:v3\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:sdtc=\"urn:hl7-org:sdtc\">";
    private static final String WRAPPER_END = "</fragment>";

    private CdaSource() {
    }

    static Document document(byte[] xml) {
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        if (!"ClinicalDocument".equals(root.getLocalName()) || !Dom.HL7.equals(root.getNamespaceURI())) {
            throw new CcdaRejectedException(CcdaRejectedException.Reason.NOT_CDA,
                    "not a CDA document: root element is {" + nullToEmpty(root.getNamespaceURI()) + "}"
                            + root.getLocalName() + ", expected {urn:hl7-org:v3}ClinicalDocument");
        }
        return doc;
    }

    /** Parses a fragment; the returned document's root is the synthetic wrapper. */
    static Document fragment(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new CcdaRejectedException(CcdaRejectedException.Reason.MALFORMED, "empty C-CDA fragment");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length + 200);
        out.writeBytes(WRAPPER_START.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(withoutProlog(xml));
        out.writeBytes(WRAPPER_END.getBytes(StandardCharsets.US_ASCII));
        return parse(out.toByteArray());
    }

    private static Document parse(byte[] xml) {
        try {
            return SecureXml.parse(xml);
        } catch (XmlRejectedException e) {
            throw new CcdaRejectedException(e);
        }
    }

    /** Drops a UTF-8 byte order mark and the XML declaration, which may not appear inside the wrapper. */
    private static byte[] withoutProlog(byte[] xml) {
        int start = xml.length >= 3 && (xml[0] & 0xFF) == 0xEF && (xml[1] & 0xFF) == 0xBB && (xml[2] & 0xFF) == 0xBF ? 3 : 0;
        String head = new String(xml, start, Math.min(xml.length - start, 200), StandardCharsets.ISO_8859_1);
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("<?xml ") || trimmed.startsWith("<?xml?")) {
            int end = head.indexOf("?>");
            if (end > 0) {
                start += end + 2;
            }
        }
        byte[] out = new byte[xml.length - start];
        System.arraycopy(xml, start, out, 0, out.length);
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
