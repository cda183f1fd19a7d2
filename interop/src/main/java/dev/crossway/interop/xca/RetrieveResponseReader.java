package dev.crossway.interop.xca;

import dev.crossway.interop.xml.XmlText;
import static dev.crossway.interop.xca.Rim.at;
import static dev.crossway.interop.xca.Rim.child;
import static dev.crossway.interop.xca.Rim.children;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.soap.SoapNamespaces;
import dev.crossway.interop.soap.XopResolver;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.w3c.dom.Element;

/**
 * Reads an {@code xdsb:RetrieveDocumentSetResponse} element. Document bytes are inline base64
 * (line breaks and blanks allowed) or an {@code xop:Include} resolved through the message's
 * {@link XopResolver}.
 *
 * <p>A DocumentResponse that cannot be accepted (say content that is not base64, as in
 * Metriport's test responses) becomes a {@link RejectedDocument}, and the other documents are
 * still delivered. What concerns the whole message stays fatal: the root, the RegistryResponse
 * and its status, and MTOM packaging errors (an {@code xop:Include} that names no part).
 */
public final class RetrieveResponseReader {

    private RetrieveResponseReader() {
    }

    /** For a plain SOAP message (inline base64 only). */
    public static RetrieveDocumentSetResponse read(Element root) {
        return read(root, XopResolver.none());
    }

    public static RetrieveDocumentSetResponse read(Element root, XopResolver attachments) {
        Messages.expectRoot(root, EbXml.XDSB, "RetrieveDocumentSetResponse");
        String path = "RetrieveDocumentSetResponse";
        Element registry = Rim.required(root, EbXml.RS, "RegistryResponse", path);
        ResponseStatus status = RegistryResponseParts.status(registry, path + "/RegistryResponse");
        List<RegistryError> errors = RegistryResponseParts.errors(registry, path + "/RegistryResponse");
        List<RetrievedDocument> documents = new ArrayList<>();
        List<RejectedDocument> rejected = new ArrayList<>();
        List<Element> responses = children(root, EbXml.XDSB, "DocumentResponse");
        for (int i = 0; i < responses.size(); i++) {
            Element response = responses.get(i);
            try {
                documents.add(document(response, path + "/DocumentResponse[" + (i + 1) + "]", attachments));
            } catch (XcaMessageException e) {
                rejected.add(rejected(response, e.getMessage()));
            }
        }
        return at(path, () -> new RetrieveDocumentSetResponse(status, errors, documents, rejected));
    }

    private static RejectedDocument rejected(Element r, String reason) {
        return new RejectedDocument(home(r).flatMap(h -> lenient(h, HomeCommunityId::of)),
                optional(r, "RepositoryUniqueId").flatMap(v -> lenient(v, RepositoryUniqueId::of)),
                optional(r, "DocumentUniqueId").flatMap(v -> lenient(v, DocumentUniqueId::new)), reason);
    }

    private static <T> Optional<T> lenient(String text, Function<String, T> parse) {
        try {
            return Optional.of(parse.apply(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static RetrievedDocument document(Element r, String path, XopResolver attachments) {
        Optional<HomeCommunityId> home = home(r)
                .map(h -> at(path + "/HomeCommunityId", () -> HomeCommunityId.of(h)));
        String repository = Rim.requiredText(r, EbXml.XDSB, "RepositoryUniqueId", path);
        String document = Rim.requiredText(r, EbXml.XDSB, "DocumentUniqueId", path);
        String mimeType = Rim.requiredText(r, EbXml.XDSB, "mimeType", path);
        byte[] content = content(Rim.required(r, EbXml.XDSB, "Document", path), path + "/Document", attachments);
        return at(path, () -> new RetrievedDocument(home, RepositoryUniqueId.of(repository), new DocumentUniqueId(document),
                optional(r, "NewRepositoryUniqueId").map(RepositoryUniqueId::of),
                optional(r, "NewDocumentUniqueId").map(DocumentUniqueId::new), mimeType, content));
    }

    private static byte[] content(Element document, String path, XopResolver attachments) {
        Optional<Element> include = child(document, SoapNamespaces.XOP, "Include");
        if (include.isPresent()) {
            return attachments.apply(Rim.requiredAttr(include.get(), "href", path + "/xop:Include"));
        }
        String text = XmlText.strip(document.getTextContent());
        if (text.isEmpty()) {
            throw new XcaMessageException(path + " is empty");
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new XcaMessageException(path + " is neither base64 nor an xop:Include", e);
        }
    }

    /**
     * The schema spells it {@code HomeCommunityId}; the XCA Deferred Retrieve examples (and the
     * partners that copied them) write {@code homeCommunityId}. Both are read.
     */
    private static Optional<String> home(Element r) {
        return optional(r, "HomeCommunityId").or(() -> optional(r, "homeCommunityId"));
    }

    private static Optional<String> optional(Element r, String local) {
        return child(r, EbXml.XDSB, local).flatMap(Rim::text);
    }
}
