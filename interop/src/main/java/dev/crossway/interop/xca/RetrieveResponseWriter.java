package dev.crossway.interop.xca;

import static dev.crossway.interop.xca.Rim.el;

import dev.crossway.interop.soap.XopParts;
import dev.crossway.interop.xml.SecureXml;
import java.util.Base64;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a {@link RetrieveDocumentSetResponse} as {@code xdsb:RetrieveDocumentSetResponse}, with
 * documents inline in base64 or, given {@link XopParts}, as {@code xop:Include}s for MTOM.
 */
public final class RetrieveResponseWriter {

    private RetrieveResponseWriter() {
    }

    /** Documents inline, base64. */
    public static Element write(RetrieveDocumentSetResponse response) {
        return write(response, null, null);
    }

    /** Documents moved into {@code parts} (when not null), referenced by xop:Include. */
    public static Element write(RetrieveDocumentSetResponse response, XopParts parts) {
        return write(response, parts, null);
    }

    /**
     * Documents inline, base64, each as a placeholder of {@code inline} until the serialised answer
     * goes through {@link InlineDocuments#splice}: the bytes are then those {@link #write(RetrieveDocumentSetResponse)}
     * gives, without the documents passing through the DOM.
     */
    public static Element write(RetrieveDocumentSetResponse response, InlineDocuments inline) {
        return write(response, null, java.util.Objects.requireNonNull(inline, "inline"));
    }

    private static Element write(RetrieveDocumentSetResponse response, XopParts parts, InlineDocuments inline) {
        Document doc = SecureXml.newDocument();
        Element root = doc.createElementNS(EbXml.XDSB, "xdsb:RetrieveDocumentSetResponse");
        Rim.declare(root, "xdsb", EbXml.XDSB);
        Rim.declare(root, "rs", EbXml.RS);
        doc.appendChild(root);
        RegistryResponseParts.write(el(root, EbXml.RS, "rs:RegistryResponse"), response.status(), response.errors());
        for (RetrievedDocument d : response.documents()) {
            Element e = el(root, EbXml.XDSB, "xdsb:DocumentResponse");
            text(e, "HomeCommunityId", d.homeCommunityId().map(h -> h.urn()));
            text(e, "RepositoryUniqueId", Optional.of(d.repositoryUniqueId().value()));
            text(e, "DocumentUniqueId", Optional.of(d.documentUniqueId().value()));
            text(e, "NewRepositoryUniqueId", d.newRepositoryUniqueId().map(RepositoryUniqueId::value));
            text(e, "NewDocumentUniqueId", d.newDocumentUniqueId().map(u -> u.value()));
            text(e, "mimeType", Optional.of(d.mimeType()));
            Element content = el(e, EbXml.XDSB, "xdsb:Document");
            if (inline != null) {
                content.setTextContent(inline.placeholder(d.bytes()));
            } else if (parts == null) {
                content.setTextContent(Base64.getEncoder().encodeToString(d.bytes()));
            } else {
                content.appendChild(parts.include(doc, d.content(), d.mimeType()));
            }
        }
        return root;
    }

    private static void text(Element parent, String local, Optional<String> value) {
        value.ifPresent(v -> el(parent, EbXml.XDSB, "xdsb:" + local).setTextContent(v));
    }
}
