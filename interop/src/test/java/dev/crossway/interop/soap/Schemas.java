package dev.crossway.interop.soap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Validates what our writers produce against the official schemas shipped inside the IPF jars
 * (test scope only): ebRS 3.0, XDS.b, HL7v3 NE2008 multicacheschemas and SOAP 1.2.
 */
public final class Schemas {

    public static final String QUERY = "wsdl/schema/ebRS30/query.xsd";
    /** XDS.b with ebRIM, whose extension point refers back to XDS.b: both documents of that namespace are loaded. */
    public static final String XDSB = "urn:ihe:iti:xds-b:2007|wsdl/schema/IHE/xcf.xsd,wsdl/schema/IHE/IHEXDSB.xsd";
    public static final String SOAP12 = "schema/soap-1.2-envelope.xsd";
    public static final String HL7V3 = "schema/HL7V3/NE2008/multicacheschemas/";

    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** Serialises the node as it would go on the wire and validates it; throws with the schema's message. */
    public static void validate(Node node, String schemaResource) {
        Schema schema = CACHE.computeIfAbsent(schemaResource, Schemas::load);
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(SoapSerializer.toBytes(node))));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not valid against " + schemaResource + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads one schema, or several documents of the same target namespace ({@code ns|a.xsd,b.xsd})
     * through an in-memory schema that includes them all (XDS.b is split across IHEXDSB.xsd and
     * xcf.xsd, which ebRIM refers to).
     */
    private static Schema load(String resources) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            if (!resources.contains("|")) {
                return factory.newSchema(url(resources));
            }
            String[] parts = resources.split("\\|");
            StringBuilder wrapper = new StringBuilder("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"")
                    .append(parts[0]).append("\">");
            for (String name : parts[1].split(",")) {
                wrapper.append("<xs:include schemaLocation=\"").append(url(name).toExternalForm()).append("\"/>");
            }
            wrapper.append("</xs:schema>");
            return factory.newSchema(new StreamSource(new java.io.StringReader(wrapper.append("").toString()), "urn:crossway:wrapper"));
        } catch (SAXException e) {
            throw new IllegalStateException("schema " + resources + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    private static URL url(String resource) {
        URL url = Schemas.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("schema " + resource + " not on the test classpath");
        }
        return url;
    }
}
