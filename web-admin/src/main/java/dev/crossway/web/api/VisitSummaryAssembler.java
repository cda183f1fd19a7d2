package dev.crossway.web.api;

import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.ccda.model.SectionSummary;
import dev.crossway.web.api.dto.ClinicalDto.CodeDto;
import dev.crossway.web.api.dto.ClinicalDto.EncounterDto;
import dev.crossway.web.api.dto.ClinicalDto.PlanOfCareDto;
import dev.crossway.web.api.dto.ClinicalDto.ProceduresDto;
import dev.crossway.web.api.dto.ClinicalDto.SocialHistoryDto;
import dev.crossway.web.api.dto.DocumentEntryDto;
import dev.crossway.web.api.dto.HeaderDto;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.PatientQueryResponseDto;
import dev.crossway.web.api.dto.SourceDto;
import dev.crossway.web.api.dto.VisitQueryResponseDto;
import dev.crossway.web.api.dto.VisitQueryResponseDto.AssessmentDiagnosisDto;
import dev.crossway.web.api.dto.VisitQueryResponseDto.AssessmentDto;
import dev.crossway.web.api.dto.VisitQueryResponseDto.FunctionalStatusDto;
import dev.crossway.web.api.dto.VisitQueryResponseDto.LocationDto;
import dev.crossway.web.api.dto.VisitQueryResponseDto.VisitDocumentDto;
import dev.crossway.web.api.dto.VisitQueryResponseDto.HeaderVisitDto;
import dev.crossway.web.api.dto.VisitQueryResponseDto.VisitHeaderDto;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds Redox's {@code VisitQueryResponse} from the visit summary read (one C-CDA): the sections of
 * a PatientQueryResponse, the encounter-level narratives found by their LOINC section codes, and the
 * visit (the document's encounters in the time asked for, most recent first).
 */
final class VisitSummaryAssembler {

    /** The narrative keys of a visit summary and the LOINC codes of the C-CDA sections that carry them. */
    enum Narrative {
        ADMISSION_DIAGNOSIS("46241-6"),
        ADVANCE_DIRECTIVES("42348-3"),
        ASSESSMENT("51848-0", "51847-2"),
        CHIEF_COMPLAINT("10154-3", "46239-0"),
        DISCHARGE_DIAGNOSIS("11535-2"),
        DISCHARGE_MEDICATIONS("10183-2", "75311-1"),
        FAMILY_HISTORY("10157-6"),
        FUNCTIONAL_STATUS("47420-5"),
        GOALS("61146-7"),
        HEALTH_CONCERNS("75310-3"),
        HISTORY_OF_PRESENT_ILLNESS("10164-2"),
        INSTRUCTIONS("69730-0"),
        INSURANCES("48768-6"),
        INTERVENTIONS("62387-6"),
        MEDICAL_EQUIPMENT("46264-8"),
        MEDICATIONS_ADMINISTERED("29549-3"),
        OBJECTIVE("61149-1"),
        PHYSICAL_EXAM("29545-1", "22029-3"),
        PLAN_OF_CARE("18776-5"),
        REASON_FOR_REFERRAL("42349-1"),
        REASON_FOR_VISIT("29299-5", "46239-0"),
        RESOLVED_PROBLEMS("11348-0"),
        REVIEW_OF_SYSTEMS("10187-3"),
        SUBJECTIVE("61150-9");

        private final List<String> loinc;

        Narrative(String... loinc) {
            this.loinc = List.of(loinc);
        }
    }

    private VisitSummaryAssembler() {
    }

    /** The answer when the organization listed no document for the visit: every key, without data. */
    static VisitQueryResponseDto empty(MetaDto meta, SourceDto source) {
        return of(meta, null, null, null, null, null, source);
    }

    /**
     * @param visitNumber echoed in {@code Header.Document.Visit.VisitNumber}
     * @param from        encounters from this instant on (null: no lower bound)
     * @param to          encounters up to this instant (null: no upper bound)
     */
    static VisitQueryResponseDto of(MetaDto meta, ClinicalSummary s, String visitNumber, Instant from, Instant to,
                                    DocumentEntryDto document, SourceDto source) {
        PatientQueryResponseDto p = s == null ? null : ClinicalSummaryAssembler.of(null, s);
        Map<Narrative, String> texts = s == null ? Map.of() : narratives(s.sections());
        List<EncounterDto> encounters = p == null ? List.of() : p.encounters().stream()
                .filter(e -> within(e.dateTime(), from, to))
                .sorted(Comparator.comparing((EncounterDto e) -> instant(e.dateTime()), Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        List<AssessmentDiagnosisDto> diagnoses = new ArrayList<>();
        Set<CodeDto> seen = new LinkedHashSet<>();
        for (EncounterDto e : encounters) {
            for (CodeDto c : e.diagnosis()) {
                if (seen.add(c)) {
                    diagnoses.add(new AssessmentDiagnosisDto(List.of(c), List.of(), e.dateTime(), null, c.name()));
                }
            }
        }
        String reasonForVisit = texts.get(Narrative.REASON_FOR_VISIT);
        VisitHeaderDto header = p == null || p.header() == null ? null : header(p.header(), visitNumber,
                encounters.isEmpty() ? null : encounters.get(0), reasonForVisit);
        return new VisitQueryResponseDto(meta, header,
                texts.get(Narrative.ADMISSION_DIAGNOSIS), List.of(),
                texts.get(Narrative.ADVANCE_DIRECTIVES), List.of(),
                p == null ? null : p.allergyText(), p == null ? List.of() : p.allergies(),
                texts.get(Narrative.ASSESSMENT), new AssessmentDto(diagnoses),
                List.of(),
                texts.get(Narrative.CHIEF_COMPLAINT),
                texts.get(Narrative.DISCHARGE_DIAGNOSIS), List.of(),
                texts.get(Narrative.DISCHARGE_MEDICATIONS), List.of(),
                p == null ? null : p.encountersText(), encounters,
                texts.get(Narrative.FAMILY_HISTORY), List.of(),
                texts.get(Narrative.FUNCTIONAL_STATUS), new FunctionalStatusDto(List.of(), List.of()),
                texts.get(Narrative.GOALS), List.of(),
                texts.get(Narrative.HEALTH_CONCERNS), List.of(),
                texts.get(Narrative.HISTORY_OF_PRESENT_ILLNESS),
                p == null ? null : p.immunizationText(), p == null ? List.of() : p.immunizations(),
                texts.get(Narrative.INSTRUCTIONS),
                texts.get(Narrative.INSURANCES), List.of(),
                texts.get(Narrative.INTERVENTIONS),
                texts.get(Narrative.MEDICAL_EQUIPMENT), List.of(),
                texts.get(Narrative.MEDICATIONS_ADMINISTERED), List.of(),
                p == null ? null : p.medicationsText(), p == null ? List.of() : p.medications(),
                texts.get(Narrative.OBJECTIVE),
                texts.get(Narrative.PHYSICAL_EXAM),
                texts.get(Narrative.PLAN_OF_CARE), new PlanOfCareDto(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                p == null ? null : p.problemsText(), p == null ? List.of() : p.problems(),
                p == null ? null : p.proceduresText(), p == null ? new ProceduresDto(List.of(), List.of(), List.of()) : p.procedures(),
                texts.get(Narrative.REASON_FOR_REFERRAL),
                reasonForVisit, List.of(),
                texts.get(Narrative.RESOLVED_PROBLEMS), List.of(),
                p == null ? null : p.resultText(), p == null ? List.of() : p.results(),
                texts.get(Narrative.REVIEW_OF_SYSTEMS),
                p == null ? null : p.socialHistoryText(), p == null ? new SocialHistoryDto(List.of(), List.of(), List.of()) : p.socialHistory(),
                texts.get(Narrative.SUBJECTIVE),
                p == null ? null : p.vitalSignsText(), p == null ? List.of() : p.vitalSigns(),
                document, source);
    }

    private static VisitHeaderDto header(HeaderDto h, String visitNumber, EncounterDto encounter, String reason) {
        HeaderDto.DocumentHeaderDto d = h.document();
        String facility = encounter == null || encounter.locations().isEmpty() ? null : encounter.locations().get(0).name();
        HeaderVisitDto visit = new HeaderVisitDto(visitNumber, encounter == null ? null : encounter.dateTime(),
                encounter == null ? null : encounter.endDateTime(), encounter == null ? null : encounter.type(),
                new LocationDto(null, facility, null, null), reason, null);
        VisitDocumentDto document = d == null ? null : new VisitDocumentDto(d.author(), d.id(), d.locale(), d.title(), d.dateTime(),
                d.type(), d.typeCode(), visit, d.custodian());
        return new VisitHeaderDto(document, null, h.patient());
    }

    /** Each narrative's text: the sections with one of its LOINC codes, distinct texts joined. */
    static Map<Narrative, String> narratives(List<SectionSummary> sections) {
        Map<Narrative, String> texts = new java.util.EnumMap<>(Narrative.class);
        for (Narrative n : Narrative.values()) {
            List<String> found = new ArrayList<>();
            for (SectionSummary section : sections) {
                String code = section.code() == null ? null : section.code().code();
                if (code != null && n.loinc.contains(code) && section.text() != null && !section.text().isBlank()
                        && !found.contains(section.text().strip())) {
                    found.add(section.text().strip());
                }
            }
            if (!found.isEmpty()) {
                texts.put(n, String.join("\n\n", found));
            }
        }
        return texts;
    }

    /** Whether a C-CDA time is in [from, to]; a time that cannot be read is kept. */
    static boolean within(String time, Instant from, Instant to) {
        Instant t = instant(time);
        return t == null || (from == null || !t.isBefore(from)) && (to == null || !t.isAfter(to));
    }

    /** A time as the C-CDA reader writes it (ISO-8601 with or without offset, a date, or HL7 TS digits), or null. */
    static Instant instant(String time) {
        if (time == null || time.isBlank()) {
            return null;
        }
        String t = time.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        if (t.matches("\\d{8}.*")) {
            try {
                return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                        Integer.parseInt(t.substring(6, 8))).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }
}
