package dev.crossway.web.api;

import dev.crossway.interop.ccda.model.Address;
import dev.crossway.interop.ccda.model.Allergy;
import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.ccda.model.Demographics;
import dev.crossway.interop.ccda.model.Encounter;
import dev.crossway.interop.ccda.model.Frequency;
import dev.crossway.interop.ccda.model.Identifier;
import dev.crossway.interop.ccda.model.Immunization;
import dev.crossway.interop.ccda.model.Medication;
import dev.crossway.interop.ccda.model.Observation;
import dev.crossway.interop.ccda.model.Patient;
import dev.crossway.interop.ccda.model.PhoneNumber;
import dev.crossway.interop.ccda.model.Problem;
import dev.crossway.interop.ccda.model.Procedure;
import dev.crossway.interop.ccda.model.Quantity;
import dev.crossway.interop.ccda.model.Reaction;
import dev.crossway.interop.ccda.model.ReferenceRange;
import dev.crossway.interop.ccda.model.Result;
import dev.crossway.interop.ccda.model.SocialHistory;
import dev.crossway.interop.ccda.model.VitalSign;
import dev.crossway.interop.ccda.write.CcdaWriter;
import dev.crossway.web.api.dto.ClinicalDto.AllergyDto;
import dev.crossway.web.api.dto.ClinicalDto.CodeDto;
import dev.crossway.web.api.dto.ClinicalDto.EncounterDto;
import dev.crossway.web.api.dto.ClinicalDto.ImmunizationDto;
import dev.crossway.web.api.dto.ClinicalDto.MedicationDto;
import dev.crossway.web.api.dto.ClinicalDto.ObservationDto;
import dev.crossway.web.api.dto.ClinicalDto.PlanOfCareDto;
import dev.crossway.web.api.dto.ClinicalDto.ProblemDto;
import dev.crossway.web.api.dto.ClinicalDto.ProcedureDto;
import dev.crossway.web.api.dto.ClinicalDto.ProceduresDto;
import dev.crossway.web.api.dto.ClinicalDto.QuantityDto;
import dev.crossway.web.api.dto.ClinicalDto.ReactionDto;
import dev.crossway.web.api.dto.ClinicalDto.ResultDto;
import dev.crossway.web.api.dto.ClinicalDto.SocialHistoryDto;
import dev.crossway.web.api.dto.ClinicalDto.VitalSignDto;
import dev.crossway.web.api.dto.DemographicsDto;
import dev.crossway.web.api.dto.PatientDto;
import dev.crossway.web.api.dto.PatientPushDto;
import dev.crossway.web.api.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Redox Clinical Summary sections (PatientPush, VisitPush with discrete data) into the interop
 * C-CDA model that {@link CcdaWriter} renders. Everything the renderer could not write faithfully
 * is refused here, naming the JSON path: a code without an OID (or known name) for its code
 * system, a date that is not ISO 8601, a dose or vital sign that is not a number, an
 * interpretation that is not one of HL7's.
 */
final class DiscreteDataAssembler {

    private static final Map<String, String> INTERPRETATIONS = Map.ofEntries(
            Map.entry("normal", "N"), Map.entry("abnormal", "A"), Map.entry("high", "H"), Map.entry("low", "L"),
            Map.entry("critical high", "HH"), Map.entry("critically high", "HH"), Map.entry("critical low", "LL"),
            Map.entry("critically low", "LL"), Map.entry("critical", "AA"), Map.entry("critically abnormal", "AA"),
            Map.entry("positive", "POS"), Map.entry("negative", "NEG"), Map.entry("resistant", "R"),
            Map.entry("susceptible", "S"), Map.entry("intermediate", "I"));
    private static final java.util.Set<String> INTERPRETATION_CODES = java.util.Set.of("N", "A", "AA", "H", "HH", "L", "LL",
            "POS", "NEG", "R", "S", "I", "HU", "LU", "IND", "E", "W", "U", "D", "B");

    /** What a push renders: the model, the plan of care narrative and the sections sent that are not rendered. */
    public record Discrete(ClinicalSummary content, String planOfCareText, List<String> notRendered) {
    }

    private DiscreteDataAssembler() {
    }

    static Discrete of(PatientPushDto r, PatientDto patient, String patientPath) {
        List<String> notRendered = new ArrayList<>();
        notRendered(notRendered, "AdvanceDirectives", r.advanceDirectivesText(), r.advanceDirectives());
        notRendered(notRendered, "FamilyHistory", r.familyHistoryText(), r.familyHistory());
        notRendered(notRendered, "Insurances", r.insurancesText(), r.insurances());
        notRendered(notRendered, "MedicalEquipment", r.medicalEquipmentText(), r.medicalEquipment());
        List<Procedure> procedures = procedures(r.procedures());
        SocialHistory social = socialHistory(r.socialHistory());
        ClinicalSummary content = new ClinicalSummary(null, patient(patient, patientPath), List.of(), null,
                text(r.allergyText()), list(r.allergies(), "Allergies", DiscreteDataAssembler::allergy), false,
                text(r.medicationsText()), list(r.medications(), "Medications", DiscreteDataAssembler::medication), false,
                text(r.problemsText()), list(r.problems(), "Problems", DiscreteDataAssembler::problem), false,
                text(r.resultText()), list(r.results(), "Results", DiscreteDataAssembler::result),
                text(r.vitalSignsText()), list(r.vitalSigns(), "VitalSigns", DiscreteDataAssembler::vitalSign),
                text(r.immunizationText()), list(r.immunizations(), "Immunizations", DiscreteDataAssembler::immunization),
                text(r.proceduresText()), procedures,
                text(r.encountersText()), list(r.encounters(), "Encounters", DiscreteDataAssembler::encounter),
                text(r.socialHistoryText()), social);
        return new Discrete(content, planOfCare(r.planOfCareText(), r.planOfCare()), List.copyOf(notRendered));
    }

    static Patient patient(PatientDto p, String path) {
        List<Identifier> ids = new ArrayList<>();
        if (p.identifiers() != null) {
            p.identifiers().forEach(i -> ids.add(new Identifier(i.id().trim(), i.idType().trim())));
        }
        DemographicsDto d = p.demographics();
        if (d == null) {
            return new Patient(ids, null);
        }
        time(d.dob(), path + ".Demographics.DOB");
        var a = d.address();
        var phone = d.phoneNumber();
        return new Patient(ids, new Demographics(d.firstName(), d.middleName(), d.lastName(), d.dob(), d.sex(),
                a == null ? null : new Address(a.streetAddress(), a.city(), a.state(), a.zip(), a.country()),
                phone == null ? null : new PhoneNumber(phone.home(), phone.mobile(), phone.office()),
                d.emailAddresses() == null ? List.of() : d.emailAddresses(), d.race(), d.ethnicity(), d.language()));
    }

    private static Allergy allergy(AllergyDto a, String at) {
        List<Reaction> reactions = new ArrayList<>();
        List<ReactionDto> given = a.reaction() == null ? List.of() : a.reaction();
        for (int i = 0; i < given.size(); i++) {
            ReactionDto r = given.get(i);
            String rp = at + ".Reaction[" + i + "]";
            Code c = code(r.code(), r.codeSystem(), r.codeSystemName(), r.name(), rp);
            if (c != null) {
                reactions.add(new Reaction(c.code(), c.codeSystem(), c.codeSystemName(), c.name(), code(r.severity(), rp + ".Severity")));
            }
        }
        Code substance = code(a.substance(), at + ".Substance");
        if (substance == null) {
            throw new InvalidRequestException(at + ".Substance", "an allergy needs its substance (Code and CodeSystem, or Name)");
        }
        return new Allergy(code(a.type(), at + ".Type"), substance, reactions, code(a.severity(), at + ".Severity"),
                code(a.status(), at + ".Status"), time(a.startDate(), at + ".StartDate"), time(a.endDate(), at + ".EndDate"), false);
    }

    private static Medication medication(MedicationDto m, String at) {
        Code product = code(m.product(), at + ".Product");
        if (product == null) {
            throw new InvalidRequestException(at + ".Product", "a medication needs its product (Code and CodeSystem, or Name)");
        }
        Quantity dose = quantity(m.dose(), at + ".Dose");
        Frequency frequency = null;
        if (m.frequency() != null && m.frequency().period() != null && !m.frequency().period().isBlank()) {
            if (!m.frequency().period().trim().matches("\\d+(\\.\\d+)?")) {
                throw new InvalidRequestException(at + ".Frequency.Period", "the period must be a number");
            }
            String unit = m.frequency().unit() == null || m.frequency().unit().isBlank() ? "h" : m.frequency().unit().trim();
            if (!unit.matches("[a-zA-Z]{1,3}")) {
                throw new InvalidRequestException(at + ".Frequency.Unit", "the unit must be a UCUM time unit (h, d, wk, mo)");
            }
            frequency = new Frequency(m.frequency().period().trim(), unit, null);
        }
        return new Medication(product, dose, code(m.route(), at + ".Route"), frequency, time(m.startDate(), at + ".StartDate"),
                time(m.endDate(), at + ".EndDate"), status(m.status(), at + ".Status"), false, null);
    }

    private static Problem problem(ProblemDto p, String at) {
        Code c = code(p.code(), p.codeSystem(), p.codeSystemName(), p.name(), at);
        if (c == null) {
            throw new InvalidRequestException(at + ".Code", "a problem needs its code (Code and CodeSystem, or Name)");
        }
        return new Problem(c, altCodes(p.altCodes(), at + ".AltCodes"), code(p.category(), at + ".Category"),
                time(p.startDate(), at + ".StartDate"), time(p.endDate(), at + ".EndDate"), code(p.status(), at + ".Status"), false);
    }

    private static Result result(ResultDto r, String at) {
        List<Observation> observations = list(r.observations(), at + ".Observations", (o, p) -> observation(o, p, false));
        if (observations.isEmpty()) {
            throw new InvalidRequestException(at + ".Observations", "a result needs at least one observation");
        }
        return new Result(code(r.code(), r.codeSystem(), r.codeSystemName(), r.name(), at), status(r.status(), at + ".Status"),
                time(r.dateTime(), at + ".DateTime"), observations);
    }

    private static VitalSign vitalSign(VitalSignDto v, String at) {
        List<Observation> observations = list(v.observations(), at + ".Observations", (o, p) -> observation(o, p, true));
        if (observations.isEmpty()) {
            throw new InvalidRequestException(at + ".Observations", "vital signs need at least one observation");
        }
        return new VitalSign(time(v.dateTime(), at + ".DateTime"), observations);
    }

    private static Observation observation(ObservationDto o, String at, boolean numeric) {
        Code c = code(o.code(), o.codeSystem(), o.codeSystemName(), o.name(), at);
        if (c == null) {
            throw new InvalidRequestException(at + ".Code", "an observation needs its code (Code and CodeSystem, or Name)");
        }
        String value = o.value() == null || o.value().isBlank() ? null : o.value().trim();
        if (numeric && value != null && !CcdaWriter.acceptsNumber(value.replaceFirst("^(<=|>=|<|>)\\s*", ""))) {
            throw new InvalidRequestException(at + ".Value", "a vital sign's value must be a number");
        }
        Code coded = numeric ? null : code(o.codedValue(), at + ".CodedValue");
        ReferenceRange range = o.referenceRange() == null || o.referenceRange().low() == null && o.referenceRange().high() == null
                && o.referenceRange().text() == null ? null
                : new ReferenceRange(o.referenceRange().low(), o.referenceRange().high(), o.referenceRange().text());
        return new Observation(c, value != null ? value : coded == null ? null : coded.name(),
                value == null && coded == null ? null : coded != null ? "Coded Entry" : o.valueType(), coded,
                o.units() == null || o.units().isBlank() ? null : o.units().trim(), range,
                interpretation(o.interpretation(), at + ".Interpretation"), time(o.dateTime(), at + ".DateTime"),
                status(o.status(), at + ".Status"));
    }

    private static Immunization immunization(ImmunizationDto m, String at) {
        var p = m.product();
        Code vaccine = p == null ? null : code(p.code(), p.codeSystem(), p.codeSystemName(), p.name(), at + ".Product");
        if (vaccine == null) {
            throw new InvalidRequestException(at + ".Product", "an immunization needs its vaccine (Code and CodeSystem, or Name)");
        }
        return new Immunization(vaccine, time(m.dateTime(), at + ".DateTime"), quantity(m.dose(), at + ".Dose"),
                code(m.route(), at + ".Route"), "completed", p.lotNumber(), false, null, false);
    }

    private static List<Procedure> procedures(ProceduresDto p) {
        if (p == null) {
            return List.of();
        }
        List<Procedure> out = new ArrayList<>(list(p.procedures(), "Procedures.Procedures", DiscreteDataAssembler::procedure));
        out.addAll(list(p.services(), "Procedures.Services", DiscreteDataAssembler::procedure));
        out.addAll(list(p.observations(), "Procedures.Observations", (o, at) -> {
            Code c = code(o.code(), o.codeSystem(), o.codeSystemName(), o.name(), at);
            if (c == null) {
                throw new InvalidRequestException(at + ".Code", "a procedure needs its code (Code and CodeSystem, or Name)");
            }
            return new Procedure(c, time(o.dateTime(), at + ".DateTime"), null, status(o.status(), at + ".Status"), null, false);
        }));
        return out;
    }

    private static Procedure procedure(ProcedureDto p, String at) {
        Code c = code(p.code(), p.codeSystem(), p.codeSystemName(), p.name(), at);
        if (c == null) {
            throw new InvalidRequestException(at + ".Code", "a procedure needs its code (Code and CodeSystem, or Name)");
        }
        return new Procedure(c, time(p.dateTime(), at + ".DateTime"), null, status(p.status(), at + ".Status"),
                code(p.targetSite(), at + ".TargetSite"), false);
    }

    static Encounter encounter(EncounterDto e, String at) {
        String location = null;
        if (e.locations() != null && !e.locations().isEmpty() && e.locations().get(0) != null) {
            var l = e.locations().get(0);
            location = l.name() != null ? l.name() : l.type() == null ? null : l.type().name();
        }
        List<Code> diagnoses = new ArrayList<>();
        List<CodeDto> given = e.diagnosis() == null ? List.of() : e.diagnosis();
        for (int i = 0; i < given.size(); i++) {
            Code d = code(given.get(i), at + ".Diagnosis[" + i + "]");
            if (d != null) {
                diagnoses.add(d);
            }
        }
        return new Encounter(code(e.type(), at + ".Type"), time(e.dateTime(), at + ".DateTime"),
                time(e.endDateTime(), at + ".EndDateTime"), location, diagnoses);
    }

    /** Redox's {@code Visit} as the encounter an Encounter Summary is about; null when not sent. */
    static Encounter visit(dev.crossway.web.api.dto.VisitPushDto.VisitDto v, String at) {
        if (v == null) {
            return null;
        }
        String location = v.location() == null ? null
                : v.location().facility() != null ? v.location().facility() : v.location().department();
        return new Encounter(code(v.type(), at + ".Type"), time(v.visitDateTime(), at + ".VisitDateTime"),
                time(v.dischargeDateTime(), at + ".DischargeDateTime"), location, List.of());
    }

    private static SocialHistory socialHistory(SocialHistoryDto s) {
        if (s == null) {
            return null;
        }
        List<Observation> all = new ArrayList<>(list(s.observations(), "SocialHistory.Observations", (o, p) -> observation(o, p, false)));
        all.addAll(list(s.tobaccoUse(), "SocialHistory.TobaccoUse", (o, p) -> observation(o, p, false)));
        all.addAll(list(s.pregnancy(), "SocialHistory.Pregnancy", (o, p) -> observation(o, p, false)));
        Observation smoking = null;
        for (Observation o : all) {
            if ("72166-2".equals(o.code().code())) {
                smoking = o;
            }
        }
        return all.isEmpty() ? null : new SocialHistory(all, smoking);
    }

    /** The plan of care is rendered as narrative: the text sent, then one line per planned item. */
    private static String planOfCare(String text, PlanOfCareDto plan) {
        List<String> lines = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            lines.add(text.strip());
        }
        if (plan != null) {
            if (plan.orders() != null) {
                plan.orders().forEach(o -> planned(lines, "Order", o.name(), o.code(), o.dateTime()));
            }
            if (plan.procedures() != null) {
                plan.procedures().forEach(p -> planned(lines, "Procedure", p.name(), p.code(), p.dateTime()));
            }
            if (plan.services() != null) {
                plan.services().forEach(p -> planned(lines, "Service", p.name(), p.code(), p.dateTime()));
            }
            if (plan.encounters() != null) {
                plan.encounters().forEach(e -> planned(lines, "Encounter", e.type() == null ? null : e.type().name(),
                        e.type() == null ? null : e.type().code(), e.dateTime()));
            }
            if (plan.medicationAdministration() != null) {
                plan.medicationAdministration().forEach(m -> planned(lines, "Medication", m.product() == null ? null
                        : m.product().name(), m.product() == null ? null : m.product().code(), m.startDate()));
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static void planned(List<String> lines, String kind, String name, String code, String when) {
        String what = name != null ? name : code;
        if (what != null) {
            lines.add("Planned " + kind.toLowerCase(Locale.ROOT) + ": " + what + (when == null ? "" : " (" + when + ")"));
        }
    }

    // ---- values

    static Code code(CodeDto c, String at) {
        return c == null ? null : code(c.code(), c.codeSystem(), c.codeSystemName(), c.name(), at);
    }

    /**
     * A coded value: a code needs its code system (an OID or a known name, stored as the OID); a
     * name alone is kept as text; nothing at all is null.
     */
    static Code code(String code, String system, String systemName, String name, String at) {
        String c = blankToNull(code);
        String n = blankToNull(name);
        if (c == null) {
            return n == null ? null : new Code(null, null, null, n);
        }
        String oid = CcdaWriter.codeSystemOid(system);
        if (oid == null) {
            throw new InvalidRequestException(at + ".CodeSystem", system == null || system.isBlank()
                    ? "the code system of code " + c + " is required (its OID, e.g. 2.16.840.1.113883.6.88 for RxNorm)"
                    : "the code system must be an OID or one of RxNorm, LOINC, SNOMED CT, CVX, ICD-10-CM, CPT, NDC");
        }
        return new Code(c, oid, blankToNull(systemName), n);
    }

    private static List<Code> altCodes(List<CodeDto> given, String at) {
        List<Code> out = new ArrayList<>();
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                Code c = code(given.get(i), at + "[" + i + "]");
                if (c != null && c.code() != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static Quantity quantity(QuantityDto q, String at) {
        if (q == null || q.quantity() == null || q.quantity().isBlank()) {
            return null;
        }
        if (!CcdaWriter.acceptsNumber(q.quantity())) {
            throw new InvalidRequestException(at + ".Quantity", "the quantity must be a number (or a range such as 1-2)");
        }
        if (q.units() != null && !q.units().isBlank() && !q.units().trim().matches("[\\x21-\\x7E]{1,40}")) {
            throw new InvalidRequestException(at + ".Units", "the units must be a UCUM unit such as mg or mL");
        }
        return new Quantity(q.quantity().trim(), blankToNull(q.units()) == null || "1".equals(q.units().trim()) ? null : q.units().trim());
    }

    private static String interpretation(String given, String at) {
        String s = blankToNull(given);
        if (s == null) {
            return null;
        }
        if (INTERPRETATION_CODES.contains(s.toUpperCase(Locale.ROOT))) {
            return s.toUpperCase(Locale.ROOT);
        }
        String code = INTERPRETATIONS.get(s.toLowerCase(Locale.ROOT));
        if (code == null) {
            throw new InvalidRequestException(at, "the interpretation must be one of Normal, Abnormal, High, Low, Critical High,"
                    + " Critical Low, Positive, Negative or an HL7 ObservationInterpretation code");
        }
        return code;
    }

    /** Redox's result statuses (Final, Preliminary...) as HL7 ActStatus; null stays null (the renderer's default). */
    private static String status(String given, String at) {
        String s = blankToNull(given);
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "final", "corrected", "complete", "completed", "resolved", "inactive", "done" -> "completed";
            case "preliminary", "pending", "active", "in progress", "in-progress", "ordered", "new" -> "active";
            case "cancelled", "canceled" -> "cancelled";
            case "aborted", "stopped", "discontinued" -> "aborted";
            case "suspended", "on hold", "held" -> "suspended";
            default -> throw new InvalidRequestException(at, "the status must be one of Final, Preliminary, Corrected, Active,"
                    + " Completed, Cancelled, Aborted, Suspended");
        };
    }

    private static String time(String iso, String at) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        if (!CcdaWriter.acceptsTime(iso)) {
            throw new InvalidRequestException(at, "must be an ISO 8601 date or time (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)");
        }
        return iso.trim();
    }

    private static <D, M> List<M> list(List<D> given, String path, BiFunction<D, String, M> map) {
        List<M> out = new ArrayList<>();
        if (given == null) {
            return out;
        }
        for (int i = 0; i < given.size(); i++) {
            D d = given.get(i);
            if (d == null) {
                throw new InvalidRequestException(path + "[" + i + "]", "an entry cannot be null");
            }
            out.add(map.apply(d, path + "[" + i + "]"));
        }
        return out;
    }

    private static void notRendered(List<String> out, String section, String text, List<?> entries) {
        if (text != null && !text.isBlank() || entries != null && !entries.isEmpty()) {
            out.add(section);
        }
    }

    private static String text(String s) {
        return blankToNull(s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
