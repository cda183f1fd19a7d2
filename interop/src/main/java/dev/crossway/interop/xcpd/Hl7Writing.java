package dev.crossway.interop.xcpd;

import dev.crossway.interop.xml.SecureXml;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writes HL7v3 elements in schema order: the transmission wrapper, devices and data types. */
final class Hl7Writing {

    private Hl7Writing() {
    }

    /** A new document whose root is the interaction element, with the HL7v3 and xsi namespaces declared. */
    static Element root(String interaction) {
        Document doc = SecureXml.newDocument();
        Element root = doc.createElementNS(Hl7v3.NS, interaction);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", Hl7v3.NS);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", Hl7v3.XSI);
        root.setAttribute("ITSVersion", "XML_1.0");
        doc.appendChild(root);
        return root;
    }

    static Element el(Element parent, String name, String... attributes) {
        Element e = parent.getOwnerDocument().createElementNS(Hl7v3.NS, name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                e.setAttribute(attributes[i], attributes[i + 1]);
            }
        }
        parent.appendChild(e);
        return e;
    }

    static Element text(Element parent, String name, String text) {
        Element e = el(parent, name);
        e.setTextContent(text);
        return e;
    }

    static void ii(Element parent, String name, InstanceId id) {
        el(parent, name, "root", id.root(), "extension", id.extension().orElse(null));
    }

    /** id, creationTime, interactionId, processingCode, processingModeCode, acceptAckCode, receiver. */
    static void header(Element root, InstanceId messageId, Hl7Time created, String processingMode, String acceptAck,
                       Device receiver) {
        ii(root, "id", messageId);
        el(root, "creationTime", "value", created.value());
        el(root, "interactionId", "root", Hl7v3.INTERACTION_ROOT, "extension", root.getLocalName());
        el(root, "processingCode", "code", "P");
        el(root, "processingModeCode", "code", processingMode);
        el(root, "acceptAckCode", "code", acceptAck);
        device(el(root, "receiver", "typeCode", "RCV"), receiver);
    }

    static void device(Element wrapper, Device device) {
        Element d = el(wrapper, "device", "classCode", "DEV", "determinerCode", "INSTANCE");
        ii(d, "id", device.id());
        device.telecom().ifPresent(t -> el(d, "telecom", "value", t));
        device.homeCommunityId().ifPresent(hcid -> {
            Element org = el(el(d, "asAgent", "classCode", "AGNT"), "representedOrganization",
                    "classCode", "ORG", "determinerCode", "INSTANCE");
            el(org, "id", "root", hcid.oid().value());
        });
    }

    static void acknowledgement(Element root, String code, InstanceId target, List<AcknowledgementDetail> details) {
        Element ack = el(root, "acknowledgement");
        el(ack, "typeCode", "code", code);
        if (target != null) {
            ii(el(ack, "targetMessage"), "id", target);
        }
        for (AcknowledgementDetail d : details) {
            Element detail = el(ack, "acknowledgementDetail", "typeCode", d.typeCode());
            d.code().ifPresent(c -> el(detail, "code", "code", c, "codeSystem", d.codeSystem().orElse(null)));
            d.text().ifPresent(t -> text(detail, "text", t));
        }
    }

    static void name(Element e, PersonName name) {
        name.prefixes().forEach(p -> text(e, "prefix", p));
        name.given().forEach(g -> text(e, "given", g));
        name.family().ifPresent(f -> text(e, "family", f));
        name.suffixes().forEach(s -> text(e, "suffix", s));
    }

    static void address(Element e, Address a) {
        a.streetLines().forEach(l -> text(e, "streetAddressLine", l));
        a.city().ifPresent(v -> text(e, "city", v));
        a.state().ifPresent(v -> text(e, "state", v));
        a.postalCode().ifPresent(v -> text(e, "postalCode", v));
        a.country().ifPresent(v -> text(e, "country", v));
    }

    static void telecom(Element parent, String name, Telecom t) {
        el(parent, name, "value", t.value(), "use", t.use().orElse(null));
    }
}
