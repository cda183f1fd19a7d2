package dev.crossway.interop.soap;

import dev.crossway.interop.xml.SecureXml;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Node;

/**
 * Writes a DOM as UTF-8 with an identity transform: no indentation, no reordering, whitespace
 * and namespace declarations as they are in the tree, so a signature computed on the DOM still
 * verifies on the bytes.
 */
public final class SoapSerializer {

    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.US_ASCII);

    private SoapSerializer() {
    }

    public static byte[] toBytes(Node node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(DECLARATION);
        try {
            Transformer t = SecureXml.newTransformerFactory().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.METHOD, "xml");
            t.transform(new DOMSource(node), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("DOM could not be serialised", e);
        }
        return out.toByteArray();
    }
}
