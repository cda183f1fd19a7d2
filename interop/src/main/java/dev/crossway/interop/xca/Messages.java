package dev.crossway.interop.xca;

import org.w3c.dom.Element;

/** Root-element checks shared by the XCA readers. */
final class Messages {

    private Messages() {
    }

    static void expectRoot(Element root, String ns, String local) {
        if (!local.equals(root.getLocalName())) {
            throw new XcaMessageException("expected " + local + " but found {" + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        if (!ns.equals(root.getNamespaceURI())) {
            throw new XcaMessageException(local + " is in namespace '" + root.getNamespaceURI() + "', expected " + ns);
        }
    }
}
