package dev.crossway.interop.xcpd;

import static dev.crossway.interop.xcpd.Hl7Markup.empty;
import static dev.crossway.interop.xcpd.Hl7Markup.start;
import static dev.crossway.interop.xcpd.Hl7Writing.el;

import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.soap.MarkupWriter;
import org.w3c.dom.Element;

/** Writes one matched patient as a {@code subject/registrationEvent} of an XCPD response, as a DOM or as markup (the same elements). */
final class PatientMatchWriter {

    private PatientMatchWriter() {
    }

    static void write(Element control, PatientMatch m) {
        Element event = el(el(control, "subject", "typeCode", "SUBJ"), "registrationEvent", "classCode", "REG", "moodCode", "EVN");
        el(event, "id", "nullFlavor", "NA");
        el(event, "statusCode", "code", "active");
        Element patient = el(el(event, "subject1", "typeCode", "SBJ"), "patient", "classCode", "PAT");
        id(patient, "id", m.patientId());
        el(patient, "statusCode", "code", "active");
        Element person = el(patient, "patientPerson", "classCode", "PSN", "determinerCode", "INSTANCE");
        Demographics d = m.demographics();
        d.names().forEach(n -> Hl7Writing.name(el(person, "name"), n));
        d.telecoms().forEach(t -> Hl7Writing.telecom(person, "telecom", t));
        d.gender().ifPresent(g -> el(person, "administrativeGenderCode", "code", g.name(), "codeSystem", Hl7v3.GENDER_SYSTEM));
        d.birthTime().ifPresent(b -> el(person, "birthTime", "value", b.value()));
        d.addresses().forEach(a -> Hl7Writing.address(el(person, "addr"), a));
        m.otherIds().forEach(other -> {
            Element others = el(person, "asOtherIDs", "classCode", "PAT");
            id(others, "id", other);
            Element scoping = el(others, "scopingOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
            el(scoping, "id", "root", other.assigningAuthority().value());
        });
        m.score().ifPresent(score -> {
            Element observation = el(el(patient, "subjectOf1"), "queryMatchObservation", "classCode", "COND", "moodCode", "EVN");
            el(observation, "code", "code", "IHE_PDQ");
            Element value = el(observation, "value", "value", String.valueOf(score));
            value.setAttributeNS(Hl7v3.XSI, "xsi:type", "INT");
        });
        m.custodian().ifPresent(hcid -> {
            Element entity = el(el(event, "custodian", "typeCode", "CST"), "assignedEntity", "classCode", "ASSIGNED");
            el(entity, "id", "root", hcid.oid().value());
            el(entity, "code", "code", "NotHealthDataLocator", "codeSystem", Hl7v3.HEALTH_DATA_LOCATOR_SYSTEM);
        });
    }

    private static void id(Element parent, String name, PatientId id) {
        el(parent, name, "root", id.assigningAuthority().value(), "extension", id.value());
    }

    static void write(MarkupWriter out, PatientMatch m) {
        start(out, "subject", "typeCode", "SUBJ");
        start(out, "registrationEvent", "classCode", "REG", "moodCode", "EVN");
        empty(out, "id", "nullFlavor", "NA");
        empty(out, "statusCode", "code", "active");
        start(out, "subject1", "typeCode", "SBJ");
        start(out, "patient", "classCode", "PAT");
        id(out, "id", m.patientId());
        empty(out, "statusCode", "code", "active");
        start(out, "patientPerson", "classCode", "PSN", "determinerCode", "INSTANCE");
        Demographics d = m.demographics();
        d.names().forEach(n -> {
            out.start("name");
            Hl7Markup.name(out, n);
            out.end();
        });
        d.telecoms().forEach(t -> Hl7Markup.telecom(out, "telecom", t));
        d.gender().ifPresent(g -> empty(out, "administrativeGenderCode", "code", g.name(), "codeSystem", Hl7v3.GENDER_SYSTEM));
        d.birthTime().ifPresent(b -> empty(out, "birthTime", "value", b.value()));
        d.addresses().forEach(a -> {
            out.start("addr");
            Hl7Markup.address(out, a);
            out.end();
        });
        m.otherIds().forEach(other -> {
            start(out, "asOtherIDs", "classCode", "PAT");
            id(out, "id", other);
            start(out, "scopingOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
            empty(out, "id", "root", other.assigningAuthority().value());
            out.end().end();
        });
        out.end(); // patientPerson
        m.score().ifPresent(score -> {
            out.start("subjectOf1");
            start(out, "queryMatchObservation", "classCode", "COND", "moodCode", "EVN");
            empty(out, "code", "code", "IHE_PDQ");
            empty(out, "value", "value", String.valueOf(score), "xsi:type", "INT");
            out.end().end();
        });
        out.end().end(); // patient, subject1
        m.custodian().ifPresent(hcid -> {
            start(out, "custodian", "typeCode", "CST");
            start(out, "assignedEntity", "classCode", "ASSIGNED");
            empty(out, "id", "root", hcid.oid().value());
            empty(out, "code", "code", "NotHealthDataLocator", "codeSystem", Hl7v3.HEALTH_DATA_LOCATOR_SYSTEM);
            out.end().end();
        });
        out.end().end(); // registrationEvent, subject
    }

    private static void id(MarkupWriter out, String name, PatientId id) {
        empty(out, name, "root", id.assigningAuthority().value(), "extension", id.value());
    }
}
