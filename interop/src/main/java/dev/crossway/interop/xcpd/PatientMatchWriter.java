package dev.crossway.interop.xcpd;

import static dev.crossway.interop.xcpd.Hl7Writing.el;

import dev.crossway.interop.id.PatientId;
import org.w3c.dom.Element;

/** Writes one matched patient as a {@code subject/registrationEvent} of an XCPD response. */
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
}
