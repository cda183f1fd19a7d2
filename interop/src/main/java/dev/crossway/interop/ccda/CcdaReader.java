package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.ccda.model.UnstructuredBody;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a C-CDA (R1.1 or R2.1, any document type) into Redox's ClinicalSummary shape. Sections
 * are found by templateId, else LOINC code; sections Crossway has no discrete slot for are
 * still listed in {@code Sections} with their narrative. An unstructured document (nonXMLBody)
 * reads its header and patient and describes its body. Stateless and thread-safe.
 */
public final class CcdaReader {

    private CcdaReader() {
    }

    /**
     * Reads a whole ClinicalDocument.
     *
     * @throws CcdaRejectedException when the bytes are not well-formed, hostile (DTD, too
     *         large, too deep) or not an HL7 v3 ClinicalDocument
     */
    public static ClinicalSummary read(byte[] xml) {
        Document doc = CdaSource.document(xml);
        Element root = doc.getDocumentElement();
        Entries entries = new Entries(new Narrative(doc));
        return body(root, entries).build(HeaderReader.read(root, entries), PatientReader.read(root), unstructured(root));
    }

    /**
     * Reads a fragment: a bare {@code section}, a {@code component} holding one, a
     * {@code structuredBody} or a {@code nonXMLBody}, as the HL7 C-CDA example library ships
     * its edge cases. Header and Patient are absent from the result.
     */
    public static ClinicalSummary readFragment(byte[] xml) {
        Document doc = CdaSource.fragment(xml);
        Element wrapper = doc.getDocumentElement();
        Entries entries = new Entries(new Narrative(doc));
        return body(wrapper, entries).build(null, null, unstructured(wrapper));
    }

    private static SummaryBuilder body(Element root, Entries entries) {
        SummaryBuilder builder = new SummaryBuilder(entries);
        NodeList sections = root.getElementsByTagNameNS(Dom.HL7, "section");
        for (int i = 0; i < sections.getLength(); i++) {
            builder.add((Element) sections.item(i));
        }
        return builder;
    }

    private static UnstructuredBody unstructured(Element root) {
        NodeList bodies = root.getElementsByTagNameNS(Dom.HL7, "nonXMLBody");
        return bodies.getLength() == 0 ? null : BodyReader.read((Element) bodies.item(0));
    }
}
