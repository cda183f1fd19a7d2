package dev.crossway.interop.xca;

import static dev.crossway.interop.xca.Rim.el;

import dev.crossway.interop.soap.MarkupWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.w3c.dom.Element;

/** Writes a {@link DocumentEntry} as {@code rim:ExtrinsicObject} in ebRIM element order. */
final class DocumentEntryWriter {

    private DocumentEntryWriter() {
    }

    static void write(Element list, DocumentEntry d) {
        Element eo = el(list, EbXml.RIM, "rim:ExtrinsicObject");
        eo.setAttribute("id", d.entryUuid());
        eo.setAttribute("objectType", d.objectType());
        eo.setAttribute("status", d.status());
        eo.setAttribute("mimeType", d.mimeType());
        d.home().ifPresent(h -> eo.setAttribute("home", h.urn()));
        DocumentSlots s = d.slots();
        slot(eo, "creationTime", s.creationTime());
        slot(eo, "hash", s.hash());
        slot(eo, "languageCode", s.languageCode());
        slot(eo, "repositoryUniqueId", s.repositoryUniqueId().map(RepositoryUniqueId::value));
        slot(eo, "serviceStartTime", s.serviceStartTime());
        slot(eo, "serviceStopTime", s.serviceStopTime());
        slot(eo, "size", s.size().map(String::valueOf));
        slot(eo, "sourcePatientId", s.sourcePatientId());
        if (!s.sourcePatientInfo().isEmpty()) {
            Rim.writeSlot(eo, "sourcePatientInfo", s.sourcePatientInfo());
        }
        slot(eo, "URI", s.uri());
        d.title().ifPresent(t -> Rim.writeLocalized(eo, "Name", t));
        d.description().ifPresent(t -> Rim.writeLocalized(eo, "Description", t));
        for (Author a : d.authors()) {
            Element c = classification(eo, d, EbXml.AUTHOR, "");
            slot(c, "authorPerson", a.person());
            list(c, "authorInstitution", a.institutions());
            list(c, "authorRole", a.roles());
            list(c, "authorSpecialty", a.specialties());
        }
        DocumentCodes codes = d.codes();
        code(eo, d, EbXml.CLASS_CODE, codes.classCode());
        codes.confidentialityCodes().forEach(c -> code(eo, d, EbXml.CONFIDENTIALITY_CODE, Optional.of(c)));
        codes.eventCodes().forEach(c -> code(eo, d, EbXml.EVENT_CODE, Optional.of(c)));
        code(eo, d, EbXml.FORMAT_CODE, codes.formatCode());
        code(eo, d, EbXml.FACILITY_TYPE_CODE, codes.healthcareFacilityTypeCode());
        code(eo, d, EbXml.PRACTICE_SETTING_CODE, codes.practiceSettingCode());
        code(eo, d, EbXml.TYPE_CODE, codes.typeCode());
        external(eo, d, EbXml.PATIENT_ID, d.patientId().toCx(), "XDSDocumentEntry.patientId");
        external(eo, d, EbXml.UNIQUE_ID, d.uniqueId().value(), "XDSDocumentEntry.uniqueId");
    }

    private static void code(Element eo, DocumentEntry d, String scheme, Optional<Code> code) {
        code.ifPresent(c -> {
            Element e = classification(eo, d, scheme, c.code());
            Rim.writeSlot(e, "codingScheme", List.of(c.scheme()));
            c.displayName().ifPresent(n -> Rim.writeLocalized(e, "Name", n));
        });
    }

    private static Element classification(Element eo, DocumentEntry d, String scheme, String node) {
        Element c = el(eo, EbXml.RIM, "rim:Classification");
        c.setAttribute("id", "urn:uuid:" + UUID.randomUUID());
        c.setAttribute("classificationScheme", scheme);
        c.setAttribute("classifiedObject", d.entryUuid());
        c.setAttribute("nodeRepresentation", node);
        return c;
    }

    private static void external(Element eo, DocumentEntry d, String scheme, String value, String name) {
        Element x = el(eo, EbXml.RIM, "rim:ExternalIdentifier");
        x.setAttribute("id", "urn:uuid:" + UUID.randomUUID());
        x.setAttribute("registryObject", d.entryUuid());
        x.setAttribute("identificationScheme", scheme);
        x.setAttribute("value", value);
        Rim.writeLocalized(x, "Name", name);
    }

    private static void slot(Element parent, String name, Optional<String> value) {
        value.ifPresent(v -> Rim.writeSlot(parent, name, List.of(v)));
    }

    private static void list(Element parent, String name, List<String> values) {
        if (!values.isEmpty()) {
            Rim.writeSlot(parent, name, new ArrayList<>(values));
        }
    }

    /** The same ExtrinsicObject as markup: elements, attributes and the order of the ids drawn as {@link #write(Element, DocumentEntry)}. */
    static void write(MarkupWriter out, DocumentEntry d) {
        out.start("rim:ExtrinsicObject").attribute("id", d.entryUuid()).attribute("objectType", d.objectType())
                .attribute("status", d.status()).attribute("mimeType", d.mimeType()).attribute("home", d.home().map(h -> h.urn()).orElse(null));
        DocumentSlots s = d.slots();
        slot(out, "creationTime", s.creationTime());
        slot(out, "hash", s.hash());
        slot(out, "languageCode", s.languageCode());
        slot(out, "repositoryUniqueId", s.repositoryUniqueId().map(RepositoryUniqueId::value));
        slot(out, "serviceStartTime", s.serviceStartTime());
        slot(out, "serviceStopTime", s.serviceStopTime());
        slot(out, "size", s.size().map(String::valueOf));
        slot(out, "sourcePatientId", s.sourcePatientId());
        if (!s.sourcePatientInfo().isEmpty()) {
            slot(out, "sourcePatientInfo", s.sourcePatientInfo());
        }
        slot(out, "URI", s.uri());
        d.title().ifPresent(t -> localized(out, "Name", t));
        d.description().ifPresent(t -> localized(out, "Description", t));
        for (Author a : d.authors()) {
            classification(out, d, EbXml.AUTHOR, "");
            slot(out, "authorPerson", a.person());
            list(out, "authorInstitution", a.institutions());
            list(out, "authorRole", a.roles());
            list(out, "authorSpecialty", a.specialties());
            out.end();
        }
        DocumentCodes codes = d.codes();
        code(out, d, EbXml.CLASS_CODE, codes.classCode());
        codes.confidentialityCodes().forEach(c -> code(out, d, EbXml.CONFIDENTIALITY_CODE, Optional.of(c)));
        codes.eventCodes().forEach(c -> code(out, d, EbXml.EVENT_CODE, Optional.of(c)));
        code(out, d, EbXml.FORMAT_CODE, codes.formatCode());
        code(out, d, EbXml.FACILITY_TYPE_CODE, codes.healthcareFacilityTypeCode());
        code(out, d, EbXml.PRACTICE_SETTING_CODE, codes.practiceSettingCode());
        code(out, d, EbXml.TYPE_CODE, codes.typeCode());
        external(out, d, EbXml.PATIENT_ID, d.patientId().toCx(), "XDSDocumentEntry.patientId");
        external(out, d, EbXml.UNIQUE_ID, d.uniqueId().value(), "XDSDocumentEntry.uniqueId");
        out.end();
    }

    private static void code(MarkupWriter out, DocumentEntry d, String scheme, Optional<Code> code) {
        code.ifPresent(c -> {
            classification(out, d, scheme, c.code());
            slot(out, "codingScheme", List.of(c.scheme()));
            c.displayName().ifPresent(n -> localized(out, "Name", n));
            out.end();
        });
    }

    /** Opens a Classification (left open for its slots). */
    private static void classification(MarkupWriter out, DocumentEntry d, String scheme, String node) {
        out.start("rim:Classification").attribute("id", "urn:uuid:" + UUID.randomUUID()).attribute("classificationScheme", scheme)
                .attribute("classifiedObject", d.entryUuid()).attribute("nodeRepresentation", node);
    }

    private static void external(MarkupWriter out, DocumentEntry d, String scheme, String value, String name) {
        out.start("rim:ExternalIdentifier").attribute("id", "urn:uuid:" + UUID.randomUUID()).attribute("registryObject", d.entryUuid())
                .attribute("identificationScheme", scheme).attribute("value", value);
        localized(out, "Name", name);
        out.end();
    }

    private static void slot(MarkupWriter out, String name, Optional<String> value) {
        value.ifPresent(v -> slot(out, name, List.of(v)));
    }

    private static void list(MarkupWriter out, String name, List<String> values) {
        if (!values.isEmpty()) {
            slot(out, name, values);
        }
    }

    /** As {@link Rim#writeSlot}. */
    private static void slot(MarkupWriter out, String name, List<String> values) {
        out.start("rim:Slot").attribute("name", name).start("rim:ValueList");
        for (String v : values) {
            out.start("rim:Value").text(v).end();
        }
        out.end().end();
    }

    /** As {@link Rim#writeLocalized}. */
    private static void localized(MarkupWriter out, String local, String value) {
        out.start("rim:" + local).start("rim:LocalizedString").attribute("value", value).end().end();
    }
}
