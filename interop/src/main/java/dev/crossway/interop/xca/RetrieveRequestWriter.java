package dev.crossway.interop.xca;

import static dev.crossway.interop.xca.Rim.el;

import dev.crossway.interop.xml.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writes a {@link RetrieveDocumentSetRequest} as {@code xdsb:RetrieveDocumentSetRequest}. */
public final class RetrieveRequestWriter {

    private RetrieveRequestWriter() {
    }

    public static Element write(RetrieveDocumentSetRequest request) {
        Document doc = SecureXml.newDocument();
        Element root = doc.createElementNS(EbXml.XDSB, "xdsb:RetrieveDocumentSetRequest");
        Rim.declare(root, "xdsb", EbXml.XDSB);
        doc.appendChild(root);
        for (DocumentRequest r : request.documents()) {
            Element e = el(root, EbXml.XDSB, "xdsb:DocumentRequest");
            r.homeCommunityId().ifPresent(h -> el(e, EbXml.XDSB, "xdsb:HomeCommunityId").setTextContent(h.urn()));
            el(e, EbXml.XDSB, "xdsb:RepositoryUniqueId").setTextContent(r.repositoryUniqueId().value());
            el(e, EbXml.XDSB, "xdsb:DocumentUniqueId").setTextContent(r.documentUniqueId().value());
        }
        return root;
    }
}
