package dev.crossway.interop.xcpd;

import dev.crossway.interop.soap.MarkupWriter;
import java.util.List;

/**
 * {@link Hl7Writing} for a {@link MarkupWriter}: the same elements, attributes and order, written
 * as markup instead of built as a DOM. Each method leaves the writer where it found it, except
 * {@link #start}, which leaves its element open for the caller's {@code end()}.
 * {@code PatientDiscoveryMarkupTest} holds the two to the same bytes.
 */
final class Hl7Markup {

    private Hl7Markup() {
    }

    /** Opens the interaction element, with the HL7v3 and xsi namespaces declared, as {@link Hl7Writing#root}. */
    static void root(MarkupWriter out, String interaction) {
        out.start(interaction).attribute("xmlns", Hl7v3.NS).attribute("xmlns:xsi", Hl7v3.XSI).attribute("ITSVersion", "XML_1.0");
    }

    /** Opens {@code name} with attribute name/value pairs (null values left out). */
    static MarkupWriter start(MarkupWriter out, String name, String... attributes) {
        out.start(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.attribute(attributes[i], attributes[i + 1]);
        }
        return out;
    }

    /** An element with attributes and no content. */
    static void empty(MarkupWriter out, String name, String... attributes) {
        start(out, name, attributes).end();
    }

    static void text(MarkupWriter out, String name, String text) {
        out.start(name).text(text).end();
    }

    static void ii(MarkupWriter out, String name, InstanceId id) {
        empty(out, name, "root", id.root(), "extension", id.extension().orElse(null));
    }

    /** id, creationTime, interactionId, processingCode, processingModeCode, acceptAckCode, receiver. */
    static void header(MarkupWriter out, String interaction, InstanceId messageId, Hl7Time created, String processingMode,
                       String acceptAck, Device receiver) {
        ii(out, "id", messageId);
        empty(out, "creationTime", "value", created.value());
        empty(out, "interactionId", "root", Hl7v3.INTERACTION_ROOT, "extension", interaction);
        empty(out, "processingCode", "code", "P");
        empty(out, "processingModeCode", "code", processingMode);
        empty(out, "acceptAckCode", "code", acceptAck);
        device(out, "receiver", "RCV", receiver);
    }

    /** A {@code receiver} or {@code sender} with its device. */
    static void device(MarkupWriter out, String wrapper, String typeCode, Device device) {
        start(out, wrapper, "typeCode", typeCode);
        start(out, "device", "classCode", "DEV", "determinerCode", "INSTANCE");
        ii(out, "id", device.id());
        device.telecom().ifPresent(t -> empty(out, "telecom", "value", t));
        device.homeCommunityId().ifPresent(hcid -> {
            start(out, "asAgent", "classCode", "AGNT");
            start(out, "representedOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
            empty(out, "id", "root", hcid.oid().value());
            out.end().end();
        });
        out.end().end();
    }

    static void acknowledgement(MarkupWriter out, String code, InstanceId target, List<AcknowledgementDetail> details) {
        out.start("acknowledgement");
        empty(out, "typeCode", "code", code);
        if (target != null) {
            out.start("targetMessage");
            ii(out, "id", target);
            out.end();
        }
        for (AcknowledgementDetail d : details) {
            start(out, "acknowledgementDetail", "typeCode", d.typeCode());
            d.code().ifPresent(c -> empty(out, "code", "code", c, "codeSystem", d.codeSystem().orElse(null)));
            d.text().ifPresent(t -> text(out, "text", t));
            out.end();
        }
        out.end();
    }

    /** The parts of a name, inside an element the caller opened. */
    static void name(MarkupWriter out, PersonName name) {
        name.prefixes().forEach(p -> text(out, "prefix", p));
        name.given().forEach(g -> text(out, "given", g));
        name.family().ifPresent(f -> text(out, "family", f));
        name.suffixes().forEach(s -> text(out, "suffix", s));
    }

    /** The parts of an address, inside an element the caller opened. */
    static void address(MarkupWriter out, Address a) {
        a.streetLines().forEach(l -> text(out, "streetAddressLine", l));
        a.city().ifPresent(v -> text(out, "city", v));
        a.state().ifPresent(v -> text(out, "state", v));
        a.postalCode().ifPresent(v -> text(out, "postalCode", v));
        a.country().ifPresent(v -> text(out, "country", v));
    }

    static void telecom(MarkupWriter out, String name, Telecom t) {
        empty(out, name, "value", t.value(), "use", t.use().orElse(null));
    }
}
