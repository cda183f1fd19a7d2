package dev.crossway.interop.ccda.write;

import dev.crossway.interop.ccda.model.Allergy;
import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.ccda.model.Encounter;
import dev.crossway.interop.ccda.model.Immunization;
import dev.crossway.interop.ccda.model.Medication;
import dev.crossway.interop.ccda.model.Observation;
import dev.crossway.interop.ccda.model.Problem;
import dev.crossway.interop.ccda.model.Procedure;
import dev.crossway.interop.ccda.model.Reaction;
import dev.crossway.interop.ccda.model.Result;
import dev.crossway.interop.ccda.model.SocialHistory;
import dev.crossway.interop.ccda.model.VitalSign;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sections of a rendered CCD and their entries, each in its C-CDA R2.1 template (templateId
 * without and with its version extension, so R1.1 readers find them too).
 */
final class SectionWriter {

    private static final String ACT_CODE = "2.16.840.1.113883.5.4";
    private static final String ACT_CLASS = "2.16.840.1.113883.5.6";
    private static final String LOINC = CcdaWriter.LOINC;
    private static final String SNOMED = CcdaWriter.SNOMED;
    private static final String R21 = CcdaWriter.R21;
    private static final String R20 = CcdaWriter.R20;
    private static final String ACTIVE = "55561003";
    /** Problem Type (SNOMED CT) to its LOINC twin, which R2.1 asks as a translation (CONF:1198-32950). */
    private static final Map<String, String[]> PROBLEM_TYPE_LOINC = Map.of(
            "55607006", new String[] {"75326-9", "Problem"}, "282291009", new String[] {"29308-4", "Diagnosis"},
            "404684003", new String[] {"75321-0", "Clinical finding"}, "418799008", new String[] {"75325-1", "Symptom"},
            "409586006", new String[] {"75322-8", "Complaint"}, "64572001", new String[] {"75323-6", "Condition"},
            "248536006", new String[] {"75318-6", "Functional limitation"});

    private final XmlOut out;
    private final String documentId;

    SectionWriter(XmlOut out, String documentId) {
        this.out = out;
        this.documentId = documentId;
    }

    void write(ClinicalSummary c, String planOfCareText) {
        allergies(c.allergies(), c.allergyText());
        medications(c.medications(), c.medicationsText());
        problems(c.problems(), c.problemsText());
        results(c.results(), c.resultsText());
        socialHistory(c.socialHistory(), c.socialHistoryText());
        vitalSigns(c.vitalSigns(), c.vitalSignsText());
        if (!c.immunizations().isEmpty() || has(c.immunizationsText())) {
            immunizations(c.immunizations(), c.immunizationsText());
        }
        if (!c.procedures().isEmpty() || has(c.proceduresText())) {
            procedures(c.procedures(), c.proceduresText());
        }
        if (!c.encounters().isEmpty() || has(c.encountersText())) {
            encounters(c.encounters(), c.encountersText());
        }
        if (has(planOfCareText)) {
            Table none = new Table();
            begin("2.16.840.1.113883.10.20.22.2.10", R20, "18776-5", "Plan of care note", "Plan of Treatment", false);
            none.write(out, planOfCareText);
            end();
        }
    }

    // ---- sections

    private void allergies(List<Allergy> allergies, String text) {
        Table t = new Table("Substance", "Type", "Reaction", "Severity", "Status", "Start", "End");
        for (int i = 0; i < allergies.size(); i++) {
            Allergy a = allergies.get(i);
            List<String> reactions = new ArrayList<>();
            a.reactions().forEach(r -> reactions.add(r.name() != null ? r.name() : r.code()));
            t.row("allergy-" + (i + 1), 0, (a.negated() ? "No known: " : "") + Codes.display(a.substance()),
                    Codes.display(a.type()), String.join(", ", reactions), Codes.display(a.severity()),
                    Codes.display(a.status()), a.startDate(), a.endDate());
        }
        begin("2.16.840.1.113883.10.20.22.2.6.1", R21, "48765-2", "Allergies and adverse reactions Document",
                "Allergies, Adverse Reactions, Alerts", allergies.isEmpty() && !has(text));
        t.write(out, text);
        for (int i = 0; i < allergies.size(); i++) {
            allergy(allergies.get(i), "allergy-" + (i + 1));
        }
        end();
    }

    private void medications(List<Medication> medications, String text) {
        Table t = new Table("Medication", "Dose", "Route", "Frequency", "Start", "End", "Status");
        for (int i = 0; i < medications.size(); i++) {
            Medication m = medications.get(i);
            String dose = m.dose() == null ? "" : join(m.dose().quantity(), m.dose().units());
            String frequency = m.frequency() == null ? "" : m.frequency().period() != null
                    ? "every " + join(m.frequency().period(), m.frequency().unit()) : String.valueOf(m.frequency().event());
            t.row("medication-" + (i + 1), 0, (m.negated() ? "Not taking: " : "") + Codes.display(m.product()), dose,
                    Codes.display(m.route()), frequency, m.startDate(), m.endDate(), medicationStatus(m));
        }
        begin("2.16.840.1.113883.10.20.22.2.1.1", R20, "10160-0", "History of Medication use Narrative", "Medications",
                medications.isEmpty() && !has(text));
        t.write(out, text);
        for (int i = 0; i < medications.size(); i++) {
            medication(medications.get(i), "medication-" + (i + 1));
        }
        end();
    }

    private void problems(List<Problem> problems, String text) {
        Table t = new Table("Problem", "Category", "Status", "Onset", "Resolved");
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            t.row("problem-" + (i + 1), 0, (p.negated() ? "No: " : "") + Codes.display(p.code()), Codes.display(category(p.category())),
                    Codes.display(p.status()), p.startDate(), p.endDate());
        }
        begin("2.16.840.1.113883.10.20.22.2.5.1", R21, "11450-4", "Problem list - Reported", "Problems",
                problems.isEmpty() && !has(text));
        t.write(out, text);
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            String ref = "problem-" + (i + 1);
            out.start("entry", "typeCode", "DRIV");
            out.start("act", "classCode", "ACT", "moodCode", "EVN");
            template("2.16.840.1.113883.10.20.22.4.3", R21);
            id(ref + "/concern");
            Codes.fixed(out, "code", "CONC", ACT_CLASS, "HL7ActClass", "Concern");
            out.empty("statusCode", "code", p.status() != null && ACTIVE.equals(p.status().code()) ? "active" : "completed");
            interval(Times.ts(p.startDate()), Times.ts(p.endDate()), true);
            out.start("entryRelationship", "typeCode", "SUBJ");
            problemObservation(p, ref, ref, ref + "-name");
            out.end();
            out.end().end();
        }
        end();
    }

    private void results(List<Result> results, String text) {
        Table t = new Table("Panel", "Test", "Value", "Units", "Reference range", "Interpretation", "Date");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            for (int j = 0; j < r.observations().size(); j++) {
                Observation o = r.observations().get(j);
                t.row("result-" + (i + 1) + "-" + (j + 1), 1, Codes.display(r.code()), Codes.display(o.code()),
                        o.valueCode() != null ? Codes.display(o.valueCode()) : o.value(), o.units(), range(o),
                        o.interpretationCode(), o.dateTime() != null ? o.dateTime() : r.dateTime());
            }
        }
        begin("2.16.840.1.113883.10.20.22.2.3.1", R21, "30954-2", "Relevant diagnostic tests/laboratory data Narrative",
                "Results", results.isEmpty() && !has(text));
        t.write(out, text);
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            out.start("entry", "typeCode", "DRIV");
            out.start("organizer", "classCode", "BATTERY", "moodCode", "EVN");
            template("2.16.840.1.113883.10.20.22.4.1", R21);
            id("result-" + (i + 1));
            Code panel = r.code() != null ? r.code() : r.observations().isEmpty() ? null : r.observations().get(0).code();
            Codes.cd(out, "code", panel, null, null);
            out.empty("statusCode", "code", resultStatus(r.status()));
            String time = Times.ts(r.dateTime());
            if (time != null) {
                out.start("effectiveTime").empty("low", "value", time).empty("high", "value", time).end();
            }
            for (int j = 0; j < r.observations().size(); j++) {
                out.start("component");
                observation(r.observations().get(j), "result-" + (i + 1) + "-" + (j + 1), "2.16.840.1.113883.10.20.22.4.2",
                        R21, r.dateTime(), resultStatus(r.observations().get(j).status() != null
                                ? r.observations().get(j).status() : r.status()), false);
                out.end();
            }
            out.end().end();
        }
        end();
    }

    private void vitalSigns(List<VitalSign> vitals, String text) {
        Table t = new Table("Date", "Vital sign", "Value", "Units", "Interpretation");
        for (int i = 0; i < vitals.size(); i++) {
            VitalSign v = vitals.get(i);
            for (int j = 0; j < v.observations().size(); j++) {
                Observation o = v.observations().get(j);
                t.row("vital-" + (i + 1) + "-" + (j + 1), 1, o.dateTime() != null ? o.dateTime() : v.dateTime(),
                        Codes.display(o.code()), o.value(), o.units(), o.interpretationCode());
            }
        }
        begin("2.16.840.1.113883.10.20.22.2.4.1", R21, "8716-3", "Vital signs", "Vital Signs",
                vitals.isEmpty() && !has(text));
        t.write(out, text);
        for (int i = 0; i < vitals.size(); i++) {
            VitalSign v = vitals.get(i);
            out.start("entry", "typeCode", "DRIV");
            out.start("organizer", "classCode", "CLUSTER", "moodCode", "EVN");
            template("2.16.840.1.113883.10.20.22.4.26", R21);
            id("vital-" + (i + 1));
            out.start("code", "code", "46680005", "codeSystem", SNOMED, "codeSystemName", "SNOMED CT", "displayName", "Vital Signs");
            out.empty("translation", "code", "74728-7", "codeSystem", LOINC, "codeSystemName", "LOINC",
                    "displayName", "Vital signs, weight, height, head circumference, oximetry, BMI, and BSA panel");
            out.end();
            out.empty("statusCode", "code", "completed");
            point(Times.ts(v.dateTime()));
            for (int j = 0; j < v.observations().size(); j++) {
                out.start("component");
                observation(v.observations().get(j), "vital-" + (i + 1) + "-" + (j + 1), "2.16.840.1.113883.10.20.22.4.27", R20,
                        v.dateTime(), "completed", true);
                out.end();
            }
            out.end().end();
        }
        end();
    }

    private void immunizations(List<Immunization> immunizations, String text) {
        Table t = new Table("Vaccine", "Date", "Dose", "Route", "Lot", "Status");
        for (int i = 0; i < immunizations.size(); i++) {
            Immunization m = immunizations.get(i);
            t.row("immunization-" + (i + 1), 0, (m.refused() ? "Refused: " : "") + Codes.display(m.vaccine()), m.dateTime(),
                    m.dose() == null ? "" : join(m.dose().quantity(), m.dose().units()), Codes.display(m.route()),
                    m.lotNumber(), m.refused() ? "refused" + (m.refusalReason() == null ? "" : " (" + Codes.display(m.refusalReason()) + ")")
                            : status(m.status(), "completed"));
        }
        begin("2.16.840.1.113883.10.20.22.2.2.1", R21, "11369-6", "History of Immunization Narrative", "Immunizations", false);
        t.write(out, text);
        for (int i = 0; i < immunizations.size(); i++) {
            Immunization m = immunizations.get(i);
            String ref = "immunization-" + (i + 1);
            out.start("entry", "typeCode", "DRIV");
            out.start("substanceAdministration", "classCode", "SBADM", "moodCode", "EVN", "negationInd", String.valueOf(m.refused()));
            template("2.16.840.1.113883.10.20.22.4.52", R21);
            id(ref);
            text(ref);
            out.empty("statusCode", "code", status(m.status(), "completed"));
            point(Times.ts(m.dateTime()));
            if (m.route() != null) {
                Codes.cd(out, "routeCode", m.route(), null, null);
            }
            if (m.dose() != null) {
                Values.dose(out, "doseQuantity", m.dose().quantity(), m.dose().units());
            }
            out.start("consumable").start("manufacturedProduct", "classCode", "MANU");
            template("2.16.840.1.113883.10.20.22.4.54", R20);
            out.start("manufacturedMaterial");
            Codes.cd(out, "code", m.vaccine(), ref + "-name", null);
            out.element("lotNumberText", m.lotNumber());
            out.end().end().end();
            if (m.refused() && m.refusalReason() != null) {
                out.start("entryRelationship", "typeCode", "RSON");
                out.start("observation", "classCode", "OBS", "moodCode", "EVN");
                template("2.16.840.1.113883.10.20.22.4.53", null);
                id(ref + "/refusal");
                Codes.cd(out, "code", m.refusalReason(), null, null);
                out.empty("statusCode", "code", "completed");
                out.end().end();
            }
            out.end().end();
        }
        end();
    }

    private void procedures(List<Procedure> procedures, String text) {
        Table t = new Table("Procedure", "Date", "End", "Status", "Target site");
        for (int i = 0; i < procedures.size(); i++) {
            Procedure p = procedures.get(i);
            t.row("procedure-" + (i + 1), 0, (p.negated() ? "Not done: " : "") + Codes.display(p.code()), p.dateTime(),
                    p.endDateTime(), status(p.status(), "completed"), Codes.display(p.targetSite()));
        }
        begin("2.16.840.1.113883.10.20.22.2.7.1", R20, "47519-4", "History of Procedures Document", "Procedures", false);
        t.write(out, text);
        for (int i = 0; i < procedures.size(); i++) {
            Procedure p = procedures.get(i);
            String ref = "procedure-" + (i + 1);
            out.start("entry", "typeCode", "DRIV");
            out.start("procedure", "classCode", "PROC", "moodCode", "EVN", "negationInd", p.negated() ? "true" : null);
            template("2.16.840.1.113883.10.20.22.4.14", R20);
            id(ref);
            Codes.cd(out, "code", p.code(), ref + "-name", null);
            text(ref);
            out.empty("statusCode", "code", status(p.status(), "completed"));
            if (p.endDateTime() != null) {
                interval(Times.ts(p.dateTime()), Times.ts(p.endDateTime()), false);
            } else {
                point(Times.ts(p.dateTime()));
            }
            if (p.targetSite() != null) {
                Codes.cd(out, "targetSiteCode", p.targetSite(), null, null);
            }
            out.end().end();
        }
        end();
    }

    private void encounters(List<Encounter> encounters, String text) {
        Table t = new Table("Encounter", "Date", "End", "Location", "Diagnoses");
        for (int i = 0; i < encounters.size(); i++) {
            Encounter e = encounters.get(i);
            List<String> diagnoses = new ArrayList<>();
            e.diagnosis().forEach(d -> diagnoses.add(Codes.display(d)));
            t.row("encounter-" + (i + 1), 0, Codes.display(e.type()), e.dateTime(), e.endDateTime(), e.location(),
                    String.join(", ", diagnoses));
        }
        begin("2.16.840.1.113883.10.20.22.2.22.1", R21, "46240-8", "History of Hospitalizations+Outpatient visits Narrative",
                "Encounters", false);
        t.write(out, text);
        for (int i = 0; i < encounters.size(); i++) {
            Encounter e = encounters.get(i);
            String ref = "encounter-" + (i + 1);
            out.start("entry", "typeCode", "DRIV");
            out.start("encounter", "classCode", "ENC", "moodCode", "EVN");
            template("2.16.840.1.113883.10.20.22.4.49", R21);
            id(ref);
            Codes.cd(out, "code", e.type(), ref + "-name", null);
            text(ref);
            if (e.endDateTime() != null) {
                interval(Times.ts(e.dateTime()), Times.ts(e.endDateTime()), false);
            } else {
                point(Times.ts(e.dateTime()));
            }
            if (e.location() != null && !e.location().isBlank()) {
                out.start("participant", "typeCode", "LOC");
                out.start("participantRole", "classCode", "SDLOC");
                template("2.16.840.1.113883.10.20.22.4.32", null);
                out.empty("code", "nullFlavor", "UNK");
                out.start("playingEntity", "classCode", "PLC").element("name", e.location()).end();
                out.end().end();
            }
            for (int j = 0; j < e.diagnosis().size(); j++) {
                String diagnosisRef = ref + "-diagnosis-" + (j + 1);
                out.start("entryRelationship", "typeCode", "COMP");
                out.start("act", "classCode", "ACT", "moodCode", "EVN");
                template("2.16.840.1.113883.10.20.22.4.80", R21);
                Codes.fixed(out, "code", "29308-4", LOINC, "LOINC", "Diagnosis");
                out.start("entryRelationship", "typeCode", "SUBJ");
                problemObservation(new Problem(e.diagnosis().get(j), List.of(),
                        Codes.of("282291009", SNOMED, "SNOMED CT", "Diagnosis"), e.dateTime(), null, null, false), diagnosisRef,
                        ref, null);
                out.end();
                out.end().end();
            }
            out.end().end();
        }
        end();
    }

    private void socialHistory(SocialHistory social, String text) {
        List<Observation> observations = new ArrayList<>();
        if (social != null) {
            observations.addAll(social.observations());
            if (social.smokingStatus() != null && !social.observations().contains(social.smokingStatus())) {
                observations.add(social.smokingStatus());
            }
        }
        Table t = new Table("Observation", "Value", "Date");
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            t.row("social-" + (i + 1), 0, Codes.display(o.code()),
                    o.valueCode() != null ? Codes.display(o.valueCode()) : join(o.value(), o.units()), o.dateTime());
        }
        begin("2.16.840.1.113883.10.20.22.2.17", R21, "29762-2", "Social history Narrative", "Social History",
                observations.isEmpty() && !has(text));
        t.write(out, text);
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            String ref = "social-" + (i + 1);
            out.start("entry", "typeCode", "DRIV");
            boolean smoking = o.code() != null && "72166-2".equals(o.code().code());
            out.start("observation", "classCode", "OBS", "moodCode", "EVN");
            if (smoking) {
                template("2.16.840.1.113883.10.20.22.4.78", R20);
            } else {
                template("2.16.840.1.113883.10.20.22.4.38", R21);
            }
            id(ref);
            Codes.cd(out, "code", o.code(), ref + "-name", null);
            text(ref);
            out.empty("statusCode", "code", "completed");
            point(Times.ts(o.dateTime()));
            Values.value(out, o, ref, false);
            out.end().end();
        }
        end();
    }

    // ---- entries

    private void allergy(Allergy a, String ref) {
        out.start("entry", "typeCode", "DRIV");
        out.start("act", "classCode", "ACT", "moodCode", "EVN");
        template("2.16.840.1.113883.10.20.22.4.30", R21);
        id(ref + "/concern");
        Codes.fixed(out, "code", "CONC", ACT_CLASS, "HL7ActClass", "Concern");
        boolean active = a.status() == null || ACTIVE.equals(a.status().code());
        out.empty("statusCode", "code", active ? "active" : "completed");
        interval(Times.ts(a.startDate()), active ? null : Times.ts(a.endDate()), true);
        out.start("entryRelationship", "typeCode", "SUBJ");
        out.start("observation", "classCode", "OBS", "moodCode", "EVN", "negationInd", a.negated() ? "true" : null);
        template("2.16.840.1.113883.10.20.22.4.7", R20);
        id(ref);
        Codes.fixed(out, "code", "ASSERTION", ACT_CODE, "ActCode", "Assertion");
        text(ref);
        out.empty("statusCode", "code", "completed");
        interval(Times.ts(a.startDate()), Times.ts(a.endDate()), true);
        Codes.cd(out, "value", a.type() != null ? a.type()
                : Codes.of("420134006", SNOMED, "SNOMED CT", "Propensity to adverse reactions"), null, "CD");
        out.start("participant", "typeCode", "CSM").start("participantRole", "classCode", "MANU")
                .start("playingEntity", "classCode", "MMAT");
        if (a.substance() == null) {
            out.empty("code", "nullFlavor", "NA");
        } else {
            Codes.cd(out, "code", a.substance(), ref + "-name", null);
        }
        out.end().end().end();
        if (a.status() != null) {
            out.start("entryRelationship", "typeCode", "SUBJ", "inversionInd", "true");
            out.start("observation", "classCode", "OBS", "moodCode", "EVN");
            template("2.16.840.1.113883.10.20.22.4.28", R20);
            Codes.fixed(out, "code", "33999-4", LOINC, "LOINC", "Status");
            out.empty("statusCode", "code", "completed");
            Codes.cd(out, "value", a.status(), null, "CE");
            out.end().end();
        }
        for (int i = 0; i < a.reactions().size(); i++) {
            Reaction r = a.reactions().get(i);
            out.start("entryRelationship", "typeCode", "MFST", "inversionInd", "true");
            out.start("observation", "classCode", "OBS", "moodCode", "EVN");
            template("2.16.840.1.113883.10.20.22.4.9", R20);
            id(ref + "/reaction-" + (i + 1));
            Codes.fixed(out, "code", "ASSERTION", ACT_CODE, "ActCode", "Assertion");
            out.empty("statusCode", "code", "completed");
            Codes.cd(out, "value", Codes.of(r.code(), r.codeSystem(), r.codeSystemName(), r.name()), null, "CD");
            if (r.severity() != null) {
                severity(r.severity(), ref + "/reaction-" + (i + 1) + "/severity");
            }
            out.end().end();
        }
        if (a.severity() != null) {
            severity(a.severity(), ref + "/severity");
        }
        out.end().end();
        out.end().end();
    }

    private void severity(Code severity, String idKey) {
        out.start("entryRelationship", "typeCode", "SUBJ", "inversionInd", "true");
        out.start("observation", "classCode", "OBS", "moodCode", "EVN");
        template("2.16.840.1.113883.10.20.22.4.8", R20);
        id(idKey);
        Codes.fixed(out, "code", "SEV", ACT_CODE, "ActCode", "Severity Observation");
        out.empty("statusCode", "code", "completed");
        Codes.cd(out, "value", severity, null, "CD");
        out.end().end();
    }

    private void medication(Medication m, String ref) {
        out.start("entry", "typeCode", "DRIV");
        out.start("substanceAdministration", "classCode", "SBADM", "moodCode", "EVN", "negationInd", m.negated() ? "true" : null);
        template("2.16.840.1.113883.10.20.22.4.16", R20);
        id(ref);
        text(ref);
        out.empty("statusCode", "code", medicationStatus(m));
        out.start("effectiveTime", "xsi:type", "IVL_TS");
        String start = Times.ts(m.startDate());
        if (start == null) {
            out.empty("low", "nullFlavor", "UNK");
        } else {
            out.empty("low", "value", start);
        }
        if (m.endDate() != null) {
            out.empty("high", "value", Times.ts(m.endDate()));
        }
        out.end();
        if (m.frequency() != null && m.frequency().period() != null) {
            out.start("effectiveTime", "xsi:type", "PIVL_TS", "institutionSpecified", "true", "operator", "A");
            out.empty("period", "value", m.frequency().period(), "unit", m.frequency().unit() == null ? "h" : m.frequency().unit());
            out.end();
        } else if (m.frequency() != null && m.frequency().event() != null) {
            out.start("effectiveTime", "xsi:type", "EIVL_TS", "operator", "A");
            out.empty("event", "code", m.frequency().event());
            out.end();
        }
        if (m.route() != null) {
            Codes.cd(out, "routeCode", m.route(), null, null);
        }
        if (m.dose() != null) {
            Values.dose(out, "doseQuantity", m.dose().quantity(), m.dose().units());
        }
        out.start("consumable").start("manufacturedProduct", "classCode", "MANU");
        template("2.16.840.1.113883.10.20.22.4.23", R20);
        out.start("manufacturedMaterial");
        Codes.cd(out, "code", m.product(), ref + "-name", null);
        out.end().end().end();
        if (m.negated() && m.negationReason() != null) {
            out.start("entryRelationship", "typeCode", "RSON");
            out.start("observation", "classCode", "OBS", "moodCode", "EVN");
            id(ref + "/reason");
            Codes.fixed(out, "code", "ASSERTION", ACT_CODE, "ActCode", "Assertion");
            out.empty("statusCode", "code", "completed");
            Codes.cd(out, "value", m.negationReason(), null, "CD");
            out.end().end();
        }
        out.end().end();
    }

    /** A Problem Observation; {@code textRef} is its narrative row, {@code nameRef} the cell naming the problem (or null). */
    private void problemObservation(Problem p, String ref, String textRef, String nameRef) {
        out.start("observation", "classCode", "OBS", "moodCode", "EVN", "negationInd", p.negated() ? "true" : null);
        template("2.16.840.1.113883.10.20.22.4.4", R21);
        id(ref);
        Code category = category(p.category());
        String[] loinc = PROBLEM_TYPE_LOINC.get(category.code());
        if (loinc != null && SNOMED.equals(CcdaWriter.codeSystemOid(category.codeSystem()))) {
            Codes.cd(out, "code", category, null, null, List.of(Codes.of(loinc[0], LOINC, "LOINC", loinc[1])));
        } else {
            Codes.cd(out, "code", category, null, null);
        }
        text(textRef);
        out.empty("statusCode", "code", "completed");
        interval(Times.ts(p.startDate()), Times.ts(p.endDate()), true);
        Codes.cd(out, "value", p.code(), nameRef, "CD", p.altCodes());
        if (p.status() != null) {
            out.start("entryRelationship", "typeCode", "REFR");
            out.start("observation", "classCode", "OBS", "moodCode", "EVN");
            template("2.16.840.1.113883.10.20.22.4.6", null);
            Codes.fixed(out, "code", "33999-4", LOINC, "LOINC", "Status");
            out.empty("statusCode", "code", "completed");
            Codes.cd(out, "value", p.status(), null, "CD");
            out.end().end();
        }
        out.end();
    }

    private void observation(Observation o, String ref, String template, String version, String fallbackTime, String status,
                             boolean quantityOnly) {
        out.start("observation", "classCode", "OBS", "moodCode", "EVN");
        template(template, version);
        id(ref);
        Codes.cd(out, "code", o.code(), ref + "-name", null);
        text(ref);
        out.empty("statusCode", "code", status);
        point(Times.ts(o.dateTime() != null ? o.dateTime() : fallbackTime));
        Values.value(out, o, ref, quantityOnly);
        if (o.interpretationCode() != null && !o.interpretationCode().isBlank()) {
            out.empty("interpretationCode", "code", o.interpretationCode().trim(), "codeSystem", "2.16.840.1.113883.5.83",
                    "codeSystemName", "ObservationInterpretation");
        }
        if (o.referenceRange() != null && (o.referenceRange().low() != null || o.referenceRange().high() != null
                || has(o.referenceRange().text()))) {
            var rr = o.referenceRange();
            out.start("referenceRange").start("observationRange");
            if (has(rr.text())) {
                out.start("text").text(rr.text()).end();
            }
            boolean numeric = (rr.low() == null || Values.number(rr.low())) && (rr.high() == null || Values.number(rr.high()))
                    && (rr.low() != null || rr.high() != null);
            if (numeric) {
                String unit = o.units() == null || o.units().isBlank() ? "1" : o.units().trim();
                out.start("value", "xsi:type", "IVL_PQ");
                if (rr.low() != null) {
                    out.empty("low", "value", rr.low(), "unit", unit);
                }
                if (rr.high() != null) {
                    out.empty("high", "value", rr.high(), "unit", unit);
                }
                out.end();
            }
            out.end().end();
        }
        out.end();
    }

    // ---- building blocks

    private void begin(String template, String version, String code, String display, String title, boolean noInformation) {
        out.start("component");
        out.start("section", "nullFlavor", noInformation ? "NI" : null);
        template(template, version);
        Codes.fixed(out, "code", code, LOINC, "LOINC", display);
        out.element("title", title);
    }

    private void end() {
        out.end().end();
    }

    private void template(String root, String extension) {
        out.empty("templateId", "root", root);
        if (extension != null) {
            out.empty("templateId", "root", root, "extension", extension);
        }
    }

    /** A stable id per entry: the same document renders the same ids (name-based UUID of document id and entry). */
    private void id(String key) {
        out.empty("id", "root", UUID.nameUUIDFromBytes((documentId + "#" + key).getBytes(StandardCharsets.UTF_8)).toString());
    }

    private void text(String ref) {
        out.start("text").empty("reference", "value", "#" + ref).end();
    }

    private void point(String ts) {
        if (ts == null) {
            out.empty("effectiveTime", "nullFlavor", "UNK");
        } else {
            out.empty("effectiveTime", "value", ts);
        }
    }

    private void interval(String low, String high, boolean lowRequired) {
        out.start("effectiveTime");
        if (low != null) {
            out.empty("low", "value", low);
        } else if (lowRequired) {
            out.empty("low", "nullFlavor", "UNK");
        }
        if (high != null) {
            out.empty("high", "value", high);
        }
        out.end();
    }

    private static Code category(Code c) {
        return c != null && c.code() != null ? c : Codes.of("55607006", SNOMED, "SNOMED CT", "Problem");
    }

    private static String medicationStatus(Medication m) {
        return status(m.status(), m.endDate() == null ? "active" : "completed");
    }

    private static String resultStatus(String status) {
        return status(status, "completed");
    }

    /** An ActStatus code as given (lower case), else the default. */
    private static String status(String given, String otherwise) {
        if (given == null || given.isBlank()) {
            return otherwise;
        }
        String s = given.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "active", "completed", "aborted", "cancelled", "held", "new", "suspended", "nullified", "obsolete" -> s;
            case "final", "corrected", "complete", "done", "resolved", "inactive" -> "completed";
            case "preliminary", "pending", "in progress", "in-progress", "ordered" -> "active";
            case "canceled" -> "cancelled";
            default -> otherwise;
        };
    }

    private static String range(Observation o) {
        var rr = o.referenceRange();
        if (rr == null) {
            return "";
        }
        if (rr.text() != null) {
            return rr.text();
        }
        return (rr.low() == null ? "" : rr.low()) + "-" + (rr.high() == null ? "" : rr.high());
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).trim();
    }

    private static boolean has(String s) {
        return s != null && !s.isBlank();
    }
}
