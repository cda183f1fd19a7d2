package dev.crossway.initiator.infrastructure.outbound;

import dev.crossway.interop.xca.EbXml;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * For partners that want bare OIDs: rewrites the {@code urn:oid:} home community ids the interop
 * writers produce ({@code AdhocQuery/@home}, {@code DocumentRequest/HomeCommunityId}).
 */
final class HomeCommunityIds {

    private static final String URN_OID = "urn:oid:";

    private HomeCommunityIds() {
    }

    static void stripUrnOid(Element payload) {
        NodeList queries = payload.getElementsByTagNameNS(EbXml.RIM, "AdhocQuery");
        for (int i = 0; i < queries.getLength(); i++) {
            Element q = (Element) queries.item(i);
            if (q.getAttribute("home").startsWith(URN_OID)) {
                q.setAttribute("home", q.getAttribute("home").substring(URN_OID.length()));
            }
        }
        NodeList ids = payload.getElementsByTagNameNS(EbXml.XDSB, "HomeCommunityId");
        for (int i = 0; i < ids.getLength(); i++) {
            String v = ids.item(i).getTextContent().trim();
            if (v.startsWith(URN_OID)) {
                ids.item(i).setTextContent(v.substring(URN_OID.length()));
            }
        }
    }
}
