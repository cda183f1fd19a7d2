package dev.crossway.responder.application.internal;

import dev.crossway.interop.xml.SecureXml;
import dev.crossway.testsupport.Shared;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The shared XCPD request samples, read in place, and small DOM edits to make each test's case. */
final class Hl7Edits {

    static final String HL7 = "urn:hl7-org:v3";

    private Hl7Edits() {
    }

    static Element nist() {
        return SecureXml.parse(Shared.bytes("samples/ihe/nist-iheos-toolkit2/iti55_PRPA_IN201305UV02.xml")).getDocumentElement();
    }

    static Element ipf(String file) {
        return SecureXml.parse(Shared.bytes("samples/ihe/oehf-ipf/" + file)).getDocumentElement();
    }

    /** Removes every parameter of these kinds (e.g. livingSubjectAdministrativeGender). */
    static Element without(Element root, String... parameters) {
        for (String p : parameters) {
            NodeList found = root.getElementsByTagNameNS(HL7, p);
            for (int i = found.getLength() - 1; i >= 0; i--) {
                Node n = found.item(i);
                n.getParentNode().removeChild(n);
            }
        }
        return root;
    }

    /** Makes the receiver device represent {@code hcid} (the IPF samples name no community). */
    static Element receiver(Element root, String hcid) {
        Element device = (Element) ((Element) root.getElementsByTagNameNS(HL7, "receiver").item(0))
                .getElementsByTagNameNS(HL7, "device").item(0);
        NodeList agents = device.getElementsByTagNameNS(HL7, "asAgent");
        for (int i = agents.getLength() - 1; i >= 0; i--) {
            device.removeChild(agents.item(i));
        }
        Element agent = (Element) device.appendChild(root.getOwnerDocument().createElementNS(HL7, "asAgent"));
        agent.setAttribute("classCode", "AGNT");
        Element org = (Element) agent.appendChild(root.getOwnerDocument().createElementNS(HL7, "representedOrganization"));
        org.setAttribute("classCode", "ORG");
        org.setAttribute("determinerCode", "INSTANCE");
        ((Element) org.appendChild(root.getOwnerDocument().createElementNS(HL7, "id"))).setAttribute("root", hcid);
        return root;
    }

    /** Sets the first livingSubjectId to {@code extension} under {@code root}. */
    static Element subjectId(Element payload, String root, String extension) {
        Element id = (Element) ((Element) payload.getElementsByTagNameNS(HL7, "livingSubjectId").item(0))
                .getElementsByTagNameNS(HL7, "value").item(0);
        id.setAttribute("root", root);
        id.setAttribute("extension", extension);
        return payload;
    }

    /** Sets the text of every element of this kind (e.g. every {@code family} name part). */
    static Element setAll(Element root, String localName, String text) {
        NodeList nodes = root.getElementsByTagNameNS(HL7, localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            nodes.item(i).setTextContent(text);
        }
        return root;
    }

    /** Sets the livingSubjectBirthTime value (an HL7 TS: "1957", "19570423", ...). */
    static Element birthTime(Element root, String value) {
        Element birth = (Element) root.getElementsByTagNameNS(HL7, "livingSubjectBirthTime").item(0);
        ((Element) birth.getElementsByTagNameNS(HL7, "value").item(0)).setAttribute("value", value);
        return root;
    }
}
