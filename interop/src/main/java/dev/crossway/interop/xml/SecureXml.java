package dev.crossway.interop.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.transform.TransformerFactory;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.EntityResolver;
import org.xml.sax.SAXParseException;

/**
 * The one way Crossway parses XML from outside. DTDs are refused outright (which also rules out
 * external entities, entity expansion bombs and XInclude), the input is bounded in bytes before
 * parsing, and the element depth is bounded after. The JDK's own secure-processing limits stay on
 * as a second line.
 *
 * <p>Written by hand rather than taken from a library because the hardening is a handful of JAXP
 * features; what matters is that there is exactly one place that sets them.
 */
public final class SecureXml {

    /** 10 MiB: larger than any XCPD/XCA query or C-CDA seen in real Carequality traffic. */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 128;

    private static final DocumentBuilderFactory DOM = newDocumentBuilderFactory();
    /**
     * One builder per thread, reset before each parse: creating a builder costs about as much as
     * parsing a SOAP request (half the parse time in a gateway profile). The hardening is the
     * factory's and survives {@code reset()}; the entity resolver is set for each parse and
     * cleared after it, so an idle thread holds nothing of the caller's.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = new ThreadLocal<>();
    private static final DOMImplementation WRITER_DOM = domImplementation();
    private static final EntityResolver REFUSE_ENTITIES = (publicId, systemId) -> {
        throw new XmlRejectedException(XmlRejectedException.Reason.DTD_FORBIDDEN, "external entity or DTD reference refused");
    };

    private SecureXml() {
    }

    /** Parses with the default bounds. */
    public static Document parse(byte[] xml) {
        return parse(xml, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
    }

    public static Document parse(byte[] xml, int maxBytes, int maxDepth) {
        if (xml == null || xml.length == 0) {
            throw new XmlRejectedException(XmlRejectedException.Reason.MALFORMED, "empty XML document");
        }
        if (xml.length > maxBytes) {
            throw new XmlRejectedException(XmlRejectedException.Reason.TOO_LARGE,
                    "XML document of " + xml.length + " bytes exceeds the limit of " + maxBytes + " bytes");
        }
        return parse(new ByteArrayInputStream(xml), maxDepth);
    }

    /** Parses a stream that the caller has already bounded in size. */
    public static Document parse(InputStream in, int maxDepth) {
        Document document;
        DocumentBuilder builder = null;
        try {
            builder = builder();
            builder.setErrorHandler(null);
            builder.setEntityResolver(REFUSE_ENTITIES);
            document = builder.parse(in);
        } catch (SAXParseException e) {
            throw rejection(e);
        } catch (XmlRejectedException e) {
            throw e;
        } catch (org.xml.sax.SAXException e) {
            throw new XmlRejectedException(XmlRejectedException.Reason.MALFORMED, "XML not well formed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new XmlRejectedException(XmlRejectedException.Reason.MALFORMED, "XML could not be read: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } finally {
            if (builder != null) {
                builder.setEntityResolver(null);
            }
        }
        int depth = depth(document.getDocumentElement(), 1, maxDepth);
        if (depth > maxDepth) {
            throw new XmlRejectedException(XmlRejectedException.Reason.TOO_DEEP,
                    "XML nesting deeper than " + maxDepth + " elements");
        }
        return document;
    }

    /** A StAX factory with DTDs and external entities off, for streaming readers. */
    public static XMLInputFactory newInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** A transformer factory that resolves nothing from outside (for serialising DOM). */
    public static TransformerFactory newTransformerFactory() {
        TransformerFactory f = TransformerFactory.newInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (javax.xml.transform.TransformerConfigurationException e) {
            throw new IllegalStateException(e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return f;
    }

    /**
     * A fresh empty namespace-aware document for writers. From the factory's DOM implementation,
     * taken once: creating a {@link DocumentBuilder} for each document (as before) built a whole
     * parser configuration that a document never uses, 6% of the CPU of an XCPD answer in the
     * interop JMH profile. {@code createDocument(null, null, null)} makes the same empty document
     * as {@code DocumentBuilder.newDocument()}, and the implementation is stateless, so it is
     * shared by all threads.
     */
    public static Document newDocument() {
        return WRITER_DOM.createDocument(null, null, null);
    }

    private static XmlRejectedException rejection(SAXParseException e) {
        String where = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("DOCTYPE") || msg.contains("DTD")) {
            return new XmlRejectedException(XmlRejectedException.Reason.DTD_FORBIDDEN,
                    "DTDs are not accepted (" + where + ")", e);
        }
        if (msg.contains("JAXP0001") || msg.contains("entity expansion") || msg.contains("limit")) {
            return new XmlRejectedException(XmlRejectedException.Reason.TOO_LARGE,
                    "XML exceeds a parser limit at " + where, e);
        }
        return new XmlRejectedException(XmlRejectedException.Reason.MALFORMED,
                "XML not well formed at " + where + ": " + msg, e);
    }

    private static int depth(Node node, int current, int limit) {
        if (current > limit) {
            return current;
        }
        int max = current;
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                max = Math.max(max, depth(child, current + 1, limit));
                if (max > limit) {
                    return max;
                }
            }
        }
        return max;
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilder builder = BUILDERS.get();
        if (builder == null) {
            builder = DOM.newDocumentBuilder();
            BUILDERS.set(builder);
        } else {
            builder.reset();
        }
        return builder;
    }

    private static DOMImplementation domImplementation() {
        try {
            return DOM.newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentBuilderFactory newDocumentBuilderFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }
}
