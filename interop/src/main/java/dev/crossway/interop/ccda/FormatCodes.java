package dev.crossway.interop.ccda;

import org.w3c.dom.Element;

/**
 * The HL7 SDWG format code of a C-CDA: body kind (structured or not) and version by the
 * document-level templateIds (US Realm Header 2.16.840.1.113883.10.20.22.1.1 or a document type
 * 2.16.840.1.113883.10.20.22.1.x; some senders give only the latter): without extension it is
 * R1.1; a dated extension (2014-06-09 R2.0, 2015-08-01 R2.1) gets the 2.1 code, the only later
 * one HL7 publishes.
 */
final class FormatCodes {

    static final String DOCUMENT_TEMPLATES = "2.16.840.1.113883.10.20.22.1.";

    private FormatCodes() {
    }

    static String of(Element clinicalDocument) {
        boolean unstructured = Dom.child(clinicalDocument, "component", "nonXMLBody") != null;
        return "urn:hl7-org:sdwg:ccda-" + (unstructured ? "nonXMLBody" : "structuredBody") + ":"
                + (isR2(clinicalDocument) ? "2.1" : "1.1");
    }

    private static boolean isR2(Element doc) {
        for (Element t : Dom.children(doc, "templateId")) {
            String root = Dom.attr(t, "root");
            if (root != null && root.startsWith(DOCUMENT_TEMPLATES) && Dom.attr(t, "extension") != null) {
                return true;
            }
        }
        return false;
    }
}
