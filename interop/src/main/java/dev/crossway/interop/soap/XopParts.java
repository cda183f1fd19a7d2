package dev.crossway.interop.soap;

import static dev.crossway.interop.soap.SoapNamespaces.XOP;

import dev.crossway.interop.id.RandomUuids;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Collects the binary parts a message writer moves out of the XML (XOP optimisation) and
 * produces the {@code xop:Include} elements that point to them; {@link MtomWriter} then packages
 * the envelope and these parts together.
 */
public final class XopParts {

    private final List<MimePart> parts = new ArrayList<>();

    /** Adds {@code content} as a part and returns the {@code xop:Include} element for it. */
    public Element include(Document owner, byte[] content, String contentType) {
        String cid = RandomUuids.next() + "@crossway.dev";
        parts.add(new MimePart(cid, contentType, content));
        Element include = owner.createElementNS(XOP, "xop:Include");
        include.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xop", XOP);
        include.setAttribute("href", "cid:" + cid);
        return include;
    }

    public List<MimePart> parts() {
        return List.copyOf(parts);
    }
}
