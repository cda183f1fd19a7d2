package dev.crossway.interop.ccda;

import dev.crossway.interop.xml.XmlText;
import dev.crossway.interop.ccda.model.UnstructuredBody;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.w3c.dom.Element;

/**
 * A nonXMLBody described without being decoded into memory twice: embedded base64 content is
 * measured (damaged base64 leaves the size absent rather than failing the document), an
 * external reference is reported as such.
 */
final class BodyReader {

    private BodyReader() {
    }

    static UnstructuredBody read(Element nonXmlBody) {
        Element text = Dom.child(nonXmlBody, "text");
        String reference = Dom.attr(Dom.child(text, "reference"), "value");
        String mediaType = Dom.attr(text, "mediaType");
        String representation = Dom.attr(text, "representation");
        Integer size = null;
        if (reference == null && text != null) {
            size = size(text, representation);
        }
        return new UnstructuredBody(mediaType != null ? mediaType : reference == null ? "text/plain" : null,
                representation != null ? representation : reference == null ? "TXT" : null,
                Dom.attr(text, "compression"), size, reference);
    }

    private static Integer size(Element text, String representation) {
        StringBuilder content = new StringBuilder();
        for (org.w3c.dom.Node n = text.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE || n.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
                content.append(n.getNodeValue());
            }
        }
        if (!"B64".equalsIgnoreCase(representation)) {
            return content.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        try {
            return Base64.getDecoder().decode(XmlText.strip(content.toString())).length;
        } catch (IllegalArgumentException damaged) {
            return null;
        }
    }
}
