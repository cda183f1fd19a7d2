package dev.crossway.perf.interop;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import dev.crossway.interop.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Would another parser make the gateway's parse cheaper? The signed XCPD request of {@link XcpdExchange}
 * read four ways: {@link #xercesDom} is the server's parse ({@code SecureXml}: the JDK's Xerces, hardened,
 * into a DOM); {@link #jdkSaxScan} is the same JDK parser without building anything (what the scan alone
 * costs, so {@code xercesDom} minus it is the DOM's building); {@link #woodstoxScan} is Woodstox (the StAX
 * parser WildFly ships) likewise; and {@link #woodstoxDom} builds the same DOM from Woodstox's events (the
 * JDK's DOM implementation, names not checked again), which is what replacing the parser would give.
 * A measure only: {@code woodstoxDom} refuses a DTD but has none of the rest of {@code SecureXml}'s
 * hardening, and no product code uses it (docs/PERFORMANCE.md, "Issue 15, session 23").
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ParseBenchmark {

    private final XMLInputFactory woodstox = woodstox();
    private final SAXParser sax = sax();
    private final DOMImplementation dom = dom();

    /** The DOM built from Woodstox's events is the server's, node for node, or the comparison means nothing. */
    @Setup(Level.Trial)
    public void sameDocument(XcpdExchange x) throws XMLStreamException {
        if (!woodstoxDom(x).getDocumentElement().isEqualNode(xercesDom(x).getDocumentElement())) {
            throw new IllegalStateException("the DOM built from Woodstox's events differs from SecureXml's");
        }
    }

    @Benchmark
    public Document xercesDom(XcpdExchange x) {
        return SecureXml.parse(x.request);
    }

    @Benchmark
    public int jdkSaxScan(XcpdExchange x) throws Exception {
        int[] seen = {0};
        sax.reset();
        sax.parse(new ByteArrayInputStream(x.request), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                for (int i = 0; i < attributes.getLength(); i++) {
                    seen[0] += attributes.getValue(i).length();
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                seen[0] += length;
            }
        });
        return seen[0];
    }

    @Benchmark
    public int woodstoxScan(XcpdExchange x) throws XMLStreamException {
        XMLStreamReader r = woodstox.createXMLStreamReader(new ByteArrayInputStream(x.request));
        int seen = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    seen += r.getAttributeValue(i).length();
                }
            } else if (event == XMLStreamConstants.CHARACTERS) {
                seen += r.getTextLength();
            }
        }
        r.close();
        return seen;
    }

    @Benchmark
    public Document woodstoxDom(XcpdExchange x) throws XMLStreamException {
        XMLStreamReader r = woodstox.createXMLStreamReader(new ByteArrayInputStream(x.request));
        Document document = dom.createDocument(null, null, null);
        document.setStrictErrorChecking(false);
        Node at = document;
        while (r.hasNext()) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Element e = document.createElementNS(emptyAsNull(r.getNamespaceURI()), qualified(r.getPrefix(), r.getLocalName()));
                    for (int i = 0; i < r.getNamespaceCount(); i++) {
                        String prefix = r.getNamespacePrefix(i);
                        e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI,
                                prefix == null || prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix, r.getNamespaceURI(i));
                    }
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        e.setAttributeNS(emptyAsNull(r.getAttributeNamespace(i)),
                                qualified(r.getAttributePrefix(i), r.getAttributeLocalName(i)), r.getAttributeValue(i));
                    }
                    at.appendChild(e);
                    at = e;
                }
                case XMLStreamConstants.END_ELEMENT -> at = at.getParentNode();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
                    if (at != document) {
                        at.appendChild(document.createTextNode(r.getText()));
                    }
                }
                case XMLStreamConstants.CDATA -> at.appendChild(document.createCDATASection(r.getText()));
                case XMLStreamConstants.COMMENT -> at.appendChild(document.createComment(r.getText()));
                case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                        at.appendChild(document.createProcessingInstruction(r.getPITarget(), r.getPIData()));
                case XMLStreamConstants.DTD -> throw new IllegalArgumentException("DTD refused");
                default -> {
                }
            }
        }
        r.close();
        return document;
    }

    private static String emptyAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String qualified(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    private static XMLInputFactory woodstox() {
        WstxInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, SecureXml.DEFAULT_MAX_DEPTH);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, SecureXml.MAX_ATTRIBUTES);
        return f;
    }

    private static SAXParser sax() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newSAXParser();
        } catch (ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DOMImplementation dom() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
