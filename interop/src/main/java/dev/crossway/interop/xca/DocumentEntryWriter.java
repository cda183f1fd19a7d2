package dev.crossway.interop.xca;

import static dev.crossway.interop.xca.Rim.el;

import dev.crossway.interop.id.RandomUuids;
import dev.crossway.interop.soap.MarkupWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Writes a {@link DocumentEntry} as {@code rim:ExtrinsicObject} in ebRIM element order. */
final class DocumentEntryWriter {

    private DocumentEntryWriter() {
    }

    /** The ExtrinsicObject appended to {@code list} (a DOM: the busy reply, tests). */
    static void write(Element list, DocumentEntry d) {
        write(new DomOut(list), d);
    }

    /** The same ExtrinsicObject as markup: the same elements, attributes and ids drawn in the same order. */
    static void write(MarkupWriter out, DocumentEntry d) {
        write(new MarkupOut(out), d);
    }

    private static void write(Out out, DocumentEntry d) {
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

    private static void code(Out out, DocumentEntry d, String scheme, Optional<Code> code) {
        code.ifPresent(c -> {
            classification(out, d, scheme, c.code());
            slot(out, "codingScheme", List.of(c.scheme()));
            c.displayName().ifPresent(n -> localized(out, "Name", n));
            out.end();
        });
    }

    /** Opens a Classification (left open for its slots). */
    private static void classification(Out out, DocumentEntry d, String scheme, String node) {
        out.start("rim:Classification").attribute("id", "urn:uuid:" + RandomUuids.next()).attribute("classificationScheme", scheme)
                .attribute("classifiedObject", d.entryUuid()).attribute("nodeRepresentation", node);
    }

    private static void external(Out out, DocumentEntry d, String scheme, String value, String name) {
        out.start("rim:ExternalIdentifier").attribute("id", "urn:uuid:" + RandomUuids.next()).attribute("registryObject", d.entryUuid())
                .attribute("identificationScheme", scheme).attribute("value", value);
        localized(out, "Name", name);
        out.end();
    }

    private static void slot(Out out, String name, Optional<String> value) {
        value.ifPresent(v -> slot(out, name, List.of(v)));
    }

    private static void list(Out out, String name, List<String> values) {
        if (!values.isEmpty()) {
            slot(out, name, values);
        }
    }

    /** As {@link Rim#writeSlot}. */
    private static void slot(Out out, String name, List<String> values) {
        out.start("rim:Slot").attribute("name", name).start("rim:ValueList");
        for (String v : values) {
            out.start("rim:Value").text(v).end();
        }
        out.end().end();
    }

    /** As {@link Rim#writeLocalized}. */
    private static void localized(Out out, String local, String value) {
        out.start("rim:" + local).start("rim:LocalizedString").attribute("value", value).end().end();
    }

    /** Where the entry is written: markup or a DOM, element by element (every name here is in the rim namespace). */
    private interface Out {
        Out start(String qualifiedName);

        /** Nothing when {@code value} is null. */
        Out attribute(String qualifiedName, String value);

        Out text(String text);

        Out end();
    }

    private record MarkupOut(MarkupWriter markup) implements Out {
        @Override
        public Out start(String qualifiedName) {
            markup.start(qualifiedName);
            return this;
        }

        @Override
        public Out attribute(String qualifiedName, String value) {
            markup.attribute(qualifiedName, value);
            return this;
        }

        @Override
        public Out text(String text) {
            markup.text(text);
            return this;
        }

        @Override
        public Out end() {
            markup.end();
            return this;
        }
    }

    /** Appends below {@code parent}; the element being written is the top of the stack. */
    private static final class DomOut implements Out {

        private final Deque<Element> open = new ArrayDeque<>();

        DomOut(Element parent) {
            open.push(parent);
        }

        @Override
        public Out start(String qualifiedName) {
            open.push(el(open.peek(), EbXml.RIM, qualifiedName));
            return this;
        }

        @Override
        public Out attribute(String qualifiedName, String value) {
            if (value != null) {
                open.peek().setAttribute(qualifiedName, value);
            }
            return this;
        }

        @Override
        public Out text(String text) {
            open.peek().setTextContent(text);
            return this;
        }

        @Override
        public Out end() {
            open.pop();
            return this;
        }
    }
}
