package dev.crossway.interop.xca;

import static dev.crossway.interop.xca.Rim.el;

import dev.crossway.interop.xml.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writes an {@link AdhocQueryResponse} as {@code query:AdhocQueryResponse}. */
public final class AdhocQueryResponseWriter {

    private AdhocQueryResponseWriter() {
    }

    public static Element write(AdhocQueryResponse response) {
        Document doc = SecureXml.newDocument();
        Element root = doc.createElementNS(EbXml.QUERY, "query:AdhocQueryResponse");
        Rim.declare(root, "query", EbXml.QUERY);
        Rim.declare(root, "rim", EbXml.RIM);
        Rim.declare(root, "rs", EbXml.RS);
        doc.appendChild(root);
        RegistryResponseParts.write(root, response.status(), response.errors());
        Element list = el(root, EbXml.RIM, "rim:RegistryObjectList");
        response.documents().forEach(d -> DocumentEntryWriter.write(list, d));
        response.references().forEach(r -> {
            Element ref = el(list, EbXml.RIM, "rim:ObjectRef");
            ref.setAttribute("id", r.id());
            r.home().ifPresent(h -> ref.setAttribute("home", h.urn()));
        });
        response.associations().forEach(a -> {
            Element as = el(list, EbXml.RIM, "rim:Association");
            as.setAttribute("id", a.id());
            as.setAttribute("objectType", Association.OBJECT_TYPE);
            as.setAttribute("associationType", a.type());
            as.setAttribute("sourceObject", a.sourceObject());
            as.setAttribute("targetObject", a.targetObject());
            as.setAttribute("status", EbXml.STATUS_APPROVED);
            a.home().ifPresent(h -> as.setAttribute("home", h.urn()));
        });
        return root;
    }
}
