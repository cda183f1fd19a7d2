package dev.crossway.interop.xca;

import static dev.crossway.interop.xca.Rim.el;

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
}
