package dev.crossway.interop.xcpd;

import static dev.crossway.interop.xcpd.Hl7Writing.el;
import static dev.crossway.interop.xcpd.Hl7Writing.text;

import org.w3c.dom.Element;

/** Writes a {@code parameterList} in the order the PRPA_MT201306UV02 schema requires. */
final class QueryParametersWriter {

    private QueryParametersWriter() {
    }

    static void write(Element queryByParameter, QueryParameters p) {
        Element list = el(queryByParameter, "parameterList");
        p.gender().ifPresent(g -> {
            Element param = el(list, "livingSubjectAdministrativeGender");
            el(param, "value", "code", g.name(), "codeSystem", Hl7v3.GENDER_SYSTEM);
            text(param, "semanticsText", "LivingSubject.administrativeGender");
        });
        p.birthTime().ifPresent(b -> {
            Element param = el(list, "livingSubjectBirthTime");
            Element value = el(param, "value", "value", b.value().map(Hl7Time::value).orElse(null));
            b.low().ifPresent(l -> el(value, "low", "value", l.value()));
            b.high().ifPresent(h -> el(value, "high", "value", h.value()));
            text(param, "semanticsText", "LivingSubject.birthTime");
        });
        p.subjectIds().forEach(id -> {
            Element param = el(list, "livingSubjectId");
            el(param, "value", "root", id.assigningAuthority().value(), "extension", id.value());
            text(param, "semanticsText", "LivingSubject.id");
        });
        p.names().forEach(n -> {
            Element param = el(list, "livingSubjectName");
            Hl7Writing.name(el(param, "value"), n);
            text(param, "semanticsText", "LivingSubject.name");
        });
        p.mothersMaidenName().ifPresent(n -> {
            Element param = el(list, "mothersMaidenName");
            Hl7Writing.name(el(param, "value"), n);
            text(param, "semanticsText", "Person.MothersMaidenName");
        });
        p.addresses().forEach(a -> {
            Element param = el(list, "patientAddress");
            Hl7Writing.address(el(param, "value"), a);
            text(param, "semanticsText", "Patient.addr");
        });
        p.telecoms().forEach(t -> {
            Element param = el(list, "patientTelecom");
            Hl7Writing.telecom(param, "value", t);
            text(param, "semanticsText", "Patient.telecom");
        });
        p.principalCareProviderIds().forEach(id -> {
            Element param = el(list, "principalCareProviderId");
            Hl7Writing.ii(param, "value", id);
            text(param, "semanticsText", "AssignedProvider.id");
        });
    }
}
