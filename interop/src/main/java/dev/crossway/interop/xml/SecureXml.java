package dev.crossway.interop.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerFactory;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.xml.sax.EntityResolver;
import org.xml.sax.SAXParseException;

/**
 * The one way Crossway parses XML from outside into a DOM (the directory's FHIR bundles, the one
 * other XML read from outside, go through HAPI FHIR's parser, which refuses DTDs too:
 * {@code BundleReaderTest}). DTDs are refused outright (which also rules out
 * external entities, entity expansion bombs and XInclude), the input is bounded in bytes before
 * parsing, and the element depth while parsing. The JDK's secure-processing limits stay on as a
 * second line.
 *
 * <p>The limits of the JDK parser that a document without a DTD can reach are set here, not left to
 * the JDK, whose defaults changed under us: JDK 17 has no depth limit, 10,000 attributes per element
 * and no bound on references to the predefined entities; JDK 25 (the server's) stops at depth 100,
 * 200 attributes and 100,000 such references ({@code &amp;}, {@code &lt;}...), so that a C-CDA
 * whose narrative escapes its text often enough, or a message nested 101 deep, was refused by the
 * server and read by the unit tests. Depth: {@link #DEFAULT_MAX_DEPTH}. Attributes: 200. A
 * reference to a predefined entity stands for one character and no other entity can be declared,
 * so the entity-size limits are the byte bound: they cannot amplify anything.
 *
 * <p>Written by hand rather than taken from a library because the hardening is a handful of JAXP
 * features; what matters is that there is exactly one place that sets them.
 */
public final class SecureXml {

    /** 10 MiB: larger than any XCPD/XCA query or C-CDA seen in real Carequality traffic. */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
    /** Elements nested deeper than this are refused (the document element is at depth 1). */
    public static final int DEFAULT_MAX_DEPTH = 128;
    /** Attributes one element may carry. */
    public static final int MAX_ATTRIBUTES = 200;
    private static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";
    /** How the JDK parser's refusal by that limit begins (its wording after the code differs between JDKs). */
    private static final String DEPTH_EXCEEDED = "JAXP00010006:";
    /** How its refusals by its other limits begin (JAXP00010001 to JAXP00010008). */
    private static final String LIMIT_EXCEEDED = "JAXP0001";
    /** How its refusal of a DOCTYPE begins ({@code disallow-doctype-decl}). */
    private static final String DOCTYPE_DISALLOWED = "DOCTYPE is disallowed";

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
        return parse(xml, DEFAULT_MAX_BYTES);
    }

    public static Document parse(byte[] xml, int maxBytes) {
        if (xml == null || xml.length == 0) {
            throw new XmlRejectedException(XmlRejectedException.Reason.MALFORMED, "empty XML document");
        }
        if (xml.length > maxBytes) {
            throw new XmlRejectedException(XmlRejectedException.Reason.TOO_LARGE,
                    "XML document of " + xml.length + " bytes exceeds the limit of " + maxBytes + " bytes");
        }
        return parse(new ByteArrayInputStream(xml));
    }

    /** Parses a stream already bounded in size. */
    private static Document parse(InputStream in) {
        DocumentBuilder builder = null;
        try {
            builder = builder();
            builder.setErrorHandler(null);
            builder.setEntityResolver(REFUSE_ENTITIES);
            return builder.parse(in);
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

    /**
     * What the parser refused, told by how its message starts: the parser's own texts for its limits
     * (a JAXP code) and for a DOCTYPE open with it, where a message about malformed XML may go on to
     * quote names from the document (an element named {@code DTD} or {@code JAXP00010006} is
     * malformed XML, not a DTD or a limit).
     */
    private static XmlRejectedException rejection(SAXParseException e) {
        String where = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
        String msg = String.valueOf(e.getMessage());
        if (msg.startsWith(DEPTH_EXCEEDED)) {
            return new XmlRejectedException(XmlRejectedException.Reason.TOO_DEEP,
                    "XML nesting deeper than " + DEFAULT_MAX_DEPTH + " elements (" + where + ")", e);
        }
        if (msg.startsWith(DOCTYPE_DISALLOWED)) {
            return new XmlRejectedException(XmlRejectedException.Reason.DTD_FORBIDDEN,
                    "DTDs are not accepted (" + where + ")", e);
        }
        if (msg.startsWith(LIMIT_EXCEEDED)) {
            return new XmlRejectedException(XmlRejectedException.Reason.TOO_LARGE,
                    "XML exceeds a parser limit at " + where, e);
        }
        return new XmlRejectedException(XmlRejectedException.Reason.MALFORMED,
                "XML not well formed at " + where + ": " + msg, e);
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
        // refused while scanning, before any DOM of the deeper part is built
        f.setAttribute(MAX_ELEMENT_DEPTH, DEFAULT_MAX_DEPTH);
        f.setAttribute("jdk.xml.elementAttributeLimit", MAX_ATTRIBUTES);
        f.setAttribute("jdk.xml.maxGeneralEntitySizeLimit", DEFAULT_MAX_BYTES);
        f.setAttribute("jdk.xml.totalEntitySizeLimit", DEFAULT_MAX_BYTES);
        return f;
    }
}
