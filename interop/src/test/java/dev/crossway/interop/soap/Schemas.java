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
    public static final String XDSB = "wsdl/schema/IHE/IHEXDSB.xsd";
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

    private static Schema load(String resource) {
        URL url = Schemas.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("schema " + resource + " not on the test classpath");
        }
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("schema " + resource + " cannot be loaded: " + e.getMessage(), e);
        }
    }
}
