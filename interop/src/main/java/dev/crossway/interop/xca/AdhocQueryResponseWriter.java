package dev.crossway.interop.xca;

import static dev.crossway.interop.xca.Rim.el;

import dev.crossway.interop.soap.MarkupWriter;
import dev.crossway.interop.soap.SoapEnvelopeWriter;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xml.SecureXml;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes an {@link AdhocQueryResponse} as {@code query:AdhocQueryResponse}: as a DOM
 * ({@link #write(AdhocQueryResponse)}), or as markup straight into the bytes of the SOAP answer
 * ({@link #envelope}), which is what a responder sends. The two write the same elements and
 * attributes in the same order (and draw the Classification and ExternalIdentifier ids in the
 * same order); {@code AdhocQueryResponseMarkupTest} holds them to the same bytes.
 */
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

    /**
     * The whole SOAP answer as bytes: what {@code SoapEnvelope.around(addressing, write(response)).toBytes()}
     * would write, built without a DOM.
     */
    public static byte[] envelope(WsAddressing addressing, AdhocQueryResponse response) {
        return SoapEnvelopeWriter.write(addressing, out -> { }, out -> write(response, out));
    }

    /** Writes the response element (declaring its namespaces) at the writer's position. */
    public static void write(AdhocQueryResponse response, MarkupWriter out) {
        out.start("query:AdhocQueryResponse").attribute("xmlns:query", EbXml.QUERY).attribute("xmlns:rim", EbXml.RIM)
                .attribute("xmlns:rs", EbXml.RS).attribute("status", response.status().urn());
        List<RegistryError> errors = response.errors();
        if (!errors.isEmpty()) {
            boolean anyError = errors.stream().anyMatch(e -> e.severity() == RegistryError.Severity.ERROR);
            out.start("rs:RegistryErrorList").attribute("highestSeverity",
                    (anyError ? RegistryError.Severity.ERROR : RegistryError.Severity.WARNING).urn());
            for (RegistryError error : errors) {
                out.start("rs:RegistryError").attribute("codeContext", error.codeContext()).attribute("errorCode", error.errorCode())
                        .attribute("severity", error.severity().urn()).attribute("location", error.location().orElse(null)).end();
            }
            out.end();
        }
        out.start("rim:RegistryObjectList");
        response.documents().forEach(d -> DocumentEntryWriter.write(out, d));
        response.references().forEach(r -> out.start("rim:ObjectRef").attribute("id", r.id())
                .attribute("home", r.home().map(h -> h.urn()).orElse(null)).end());
        response.associations().forEach(a -> out.start("rim:Association").attribute("id", a.id())
                .attribute("objectType", Association.OBJECT_TYPE).attribute("associationType", a.type())
                .attribute("sourceObject", a.sourceObject()).attribute("targetObject", a.targetObject())
                .attribute("status", EbXml.STATUS_APPROVED).attribute("home", a.home().map(h -> h.urn()).orElse(null)).end());
        out.end().end();
    }
}
