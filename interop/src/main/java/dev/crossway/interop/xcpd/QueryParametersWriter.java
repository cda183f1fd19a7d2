package dev.crossway.interop.xcpd;

import static dev.crossway.interop.xcpd.Hl7Markup.empty;
import static dev.crossway.interop.xcpd.Hl7Writing.el;
import static dev.crossway.interop.xcpd.Hl7Writing.text;

import dev.crossway.interop.soap.MarkupWriter;
import org.w3c.dom.Element;

/** Writes a {@code parameterList} in the order the PRPA_MT201306UV02 schema requires, as a DOM or as markup (the same elements). */
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

    static void write(MarkupWriter out, QueryParameters p) {
        out.start("parameterList");
        p.gender().ifPresent(g -> {
            out.start("livingSubjectAdministrativeGender");
            empty(out, "value", "code", g.name(), "codeSystem", Hl7v3.GENDER_SYSTEM);
            Hl7Markup.text(out, "semanticsText", "LivingSubject.administrativeGender");
            out.end();
        });
        p.birthTime().ifPresent(b -> {
            out.start("livingSubjectBirthTime");
            Hl7Markup.start(out, "value", "value", b.value().map(Hl7Time::value).orElse(null));
            b.low().ifPresent(l -> empty(out, "low", "value", l.value()));
            b.high().ifPresent(h -> empty(out, "high", "value", h.value()));
            out.end();
            Hl7Markup.text(out, "semanticsText", "LivingSubject.birthTime");
            out.end();
        });
        p.subjectIds().forEach(id -> {
            out.start("livingSubjectId");
            empty(out, "value", "root", id.assigningAuthority().value(), "extension", id.value());
            Hl7Markup.text(out, "semanticsText", "LivingSubject.id");
            out.end();
        });
        p.names().forEach(n -> name(out, "livingSubjectName", n, "LivingSubject.name"));
        p.mothersMaidenName().ifPresent(n -> name(out, "mothersMaidenName", n, "Person.MothersMaidenName"));
        p.addresses().forEach(a -> {
            out.start("patientAddress").start("value");
            Hl7Markup.address(out, a);
            out.end();
            Hl7Markup.text(out, "semanticsText", "Patient.addr");
            out.end();
        });
        p.telecoms().forEach(t -> {
            out.start("patientTelecom");
            Hl7Markup.telecom(out, "value", t);
            Hl7Markup.text(out, "semanticsText", "Patient.telecom");
            out.end();
        });
        p.principalCareProviderIds().forEach(id -> {
            out.start("principalCareProviderId");
            Hl7Markup.ii(out, "value", id);
            Hl7Markup.text(out, "semanticsText", "AssignedProvider.id");
            out.end();
        });
        out.end();
    }

    private static void name(MarkupWriter out, String parameter, PersonName n, String semantics) {
        out.start(parameter).start("value");
        Hl7Markup.name(out, n);
        out.end();
        Hl7Markup.text(out, "semanticsText", semantics);
        out.end();
    }
}
