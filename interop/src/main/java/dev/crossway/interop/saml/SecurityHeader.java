package dev.crossway.interop.saml;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Finds or creates the SOAP {@code Header} and its {@code wsse:Security} block, by namespace only. */
final class SecurityHeader {

    private SecurityHeader() {
    }

    /** Appends a new {@code wsse:Security} (mustUnderstand) to the SOAP 1.2 header, creating the header if needed. */
    static Element create(Document envelope) {
        Element root = envelope.getDocumentElement();
        if (root == null || !SamlNames.SOAP12.equals(root.getNamespaceURI()) || !"Envelope".equals(root.getLocalName())) {
            throw new IllegalArgumentException("not a SOAP 1.2 envelope");
        }
        String prefix = root.getPrefix() == null ? "" : root.getPrefix() + ":";
        Element header = Dom.child(root, SamlNames.SOAP12, "Header").orElseGet(() -> {
            Element h = envelope.createElementNS(SamlNames.SOAP12, prefix + "Header");
            root.insertBefore(h, root.getFirstChild());
            return h;
        });
        if (!Dom.children(header, SamlNames.WSSE, "Security").isEmpty()) {
            throw new IllegalStateException("the envelope already has a wsse:Security header");
        }
        Element security = Dom.append(header, SamlNames.WSSE, "wsse:Security");
        AssertionWriter.declare(security, "wsse", SamlNames.WSSE);
        security.setAttributeNS(SamlNames.SOAP12, prefix + "mustUnderstand", "true");
        return security;
    }

    /**
     * The {@code wsse:Security} blocks of the envelope's SOAP 1.2 (or 1.1) header. A document whose
     * root is itself {@code wsse:Security} (a bare header, as some samples are stored) counts as one.
     */
    static List<Element> find(Document document) {
        Element root = document.getDocumentElement();
        if (root == null) {
            return List.of();
        }
        if (SamlNames.WSSE.equals(root.getNamespaceURI()) && "Security".equals(root.getLocalName())) {
            return List.of(root);
        }
        List<Element> found = new ArrayList<>();
        for (String soap : List.of(SamlNames.SOAP12, SamlNames.SOAP11)) {
            if (soap.equals(root.getNamespaceURI()) && "Envelope".equals(root.getLocalName())) {
                for (Element header : Dom.children(root, soap, "Header")) {
                    found.addAll(Dom.children(header, SamlNames.WSSE, "Security"));
                }
            }
        }
        return found;
    }

}
