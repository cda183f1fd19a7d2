package dev.crossway.web.api;

import dev.crossway.initiator.application.MergedEntry;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.Provenance;
import dev.crossway.initiator.application.SummarySection;
import dev.crossway.interop.ccda.model.Allergy;
import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.ccda.model.DocumentHeader;
import dev.crossway.interop.ccda.model.Encounter;
import dev.crossway.interop.ccda.model.Header;
import dev.crossway.interop.ccda.model.Immunization;
import dev.crossway.interop.ccda.model.Medication;
import dev.crossway.interop.ccda.model.Observation;
import dev.crossway.interop.ccda.model.Patient;
import dev.crossway.interop.ccda.model.Problem;
import dev.crossway.interop.ccda.model.Procedure;
import dev.crossway.interop.ccda.model.Quantity;
import dev.crossway.interop.ccda.model.Result;
import dev.crossway.interop.ccda.model.VitalSign;
import dev.crossway.web.api.dto.AddressDto;
import dev.crossway.web.api.dto.ClinicalDto.AllergyDto;
import dev.crossway.web.api.dto.ClinicalDto.CodeDto;
import dev.crossway.web.api.dto.ClinicalDto.EncounterDto;
import dev.crossway.web.api.dto.ClinicalDto.FrequencyDto;
import dev.crossway.web.api.dto.ClinicalDto.ImmunizationDto;
import dev.crossway.web.api.dto.ClinicalDto.ImmunizationProductDto;
import dev.crossway.web.api.dto.ClinicalDto.LocationRefDto;
import dev.crossway.web.api.dto.ClinicalDto.MedicationDto;
import dev.crossway.web.api.dto.ClinicalDto.ObservationDto;
import dev.crossway.web.api.dto.ClinicalDto.PlanOfCareDto;
import dev.crossway.web.api.dto.ClinicalDto.ProblemDto;
import dev.crossway.web.api.dto.ClinicalDto.ProcedureDto;
import dev.crossway.web.api.dto.ClinicalDto.ProceduresDto;
import dev.crossway.web.api.dto.ClinicalDto.ProvenanceDto;
import dev.crossway.web.api.dto.ClinicalDto.QuantityDto;
import dev.crossway.web.api.dto.ClinicalDto.ReactionDto;
import dev.crossway.web.api.dto.ClinicalDto.ReferenceRangeDto;
import dev.crossway.web.api.dto.ClinicalDto.ResultDto;
import dev.crossway.web.api.dto.ClinicalDto.SocialHistoryDto;
import dev.crossway.web.api.dto.ClinicalDto.VitalSignDto;
import dev.crossway.web.api.dto.DemographicsDto;
import dev.crossway.web.api.dto.HeaderDto;
import dev.crossway.web.api.dto.IdentifierDto;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.PatientDto;
import dev.crossway.web.api.dto.PatientQueryResponseDto;
import dev.crossway.web.api.dto.PhoneNumberDto;
import dev.crossway.web.api.dto.ReferenceDto;
import dev.crossway.web.api.dto.SourceDto;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Builds Redox's Clinical Summary shape from what the initiator read: a merged summary (entries
 * with their provenance) or one document's C-CDA. Sections a C-CDA carries only as narrative
 * (advance directives, family history, insurance, medical equipment, plan of care) are answered
 * with their text and an empty list.
 */
final class ClinicalSummaryAssembler {

    private ClinicalSummaryAssembler() {
    }

    static PatientQueryResponseDto of(MetaDto meta, MergedSummary s) {
        var h = s.header();
        return new PatientQueryResponseDto(meta, header(s.document(), s.patient()),
                s.narrative(SummarySection.ADVANCE_DIRECTIVES), List.of(),
                s.narrative(SummarySection.ALLERGIES), merged(s.allergies(), ClinicalSummaryAssembler::allergy),
                s.narrative(SummarySection.ENCOUNTERS), merged(s.encounters(), ClinicalSummaryAssembler::encounter),
                s.narrative(SummarySection.FAMILY_HISTORY), List.of(),
                s.narrative(SummarySection.IMMUNIZATIONS), merged(s.immunizations(), ClinicalSummaryAssembler::immunization),
                s.narrative(SummarySection.INSURANCES), List.of(),
                s.narrative(SummarySection.MEDICAL_EQUIPMENT), List.of(),
                s.narrative(SummarySection.MEDICATIONS), merged(s.medications(), ClinicalSummaryAssembler::medication),
                s.narrative(SummarySection.PLAN_OF_CARE), emptyPlan(),
                s.narrative(SummarySection.PROBLEMS), merged(s.problems(), ClinicalSummaryAssembler::problem),
                s.narrative(SummarySection.PROCEDURES),
                new ProceduresDto(List.of(), merged(s.procedures(), ClinicalSummaryAssembler::procedure), List.of()),
                s.narrative(SummarySection.RESULTS), merged(s.results(), ClinicalSummaryAssembler::result),
                s.narrative(SummarySection.SOCIAL_HISTORY),
                new SocialHistoryDto(merged(s.socialHistory(), ClinicalSummaryAssembler::observation), List.of(), List.of()),
                s.narrative(SummarySection.VITAL_SIGNS), merged(s.vitalSigns(), ClinicalSummaryAssembler::vitalSign),
                s.sources().stream().map(SourceDto::of).toList(),
                new PatientQueryResponseDto.SummaryDto(h.generatedAt(), h.communities(), h.documents(), h.parsedDocuments(),
                        h.complete()));
    }

    /** One document read: the same shape, without provenance, sources or summary counts. */
    static PatientQueryResponseDto of(MetaDto meta, ClinicalSummary s) {
        return new PatientQueryResponseDto(meta, header(s.header(), s.patient()),
                null, List.of(),
                s.allergyText(), plain(s.allergies(), ClinicalSummaryAssembler::allergy),
                s.encountersText(), plain(s.encounters(), ClinicalSummaryAssembler::encounter),
                null, List.of(),
                s.immunizationsText(), plain(s.immunizations(), ClinicalSummaryAssembler::immunization),
                null, List.of(),
                null, List.of(),
                s.medicationsText(), plain(s.medications(), ClinicalSummaryAssembler::medication),
                null, emptyPlan(),
                s.problemsText(), plain(s.problems(), ClinicalSummaryAssembler::problem),
                s.proceduresText(), new ProceduresDto(List.of(), plain(s.procedures(), ClinicalSummaryAssembler::procedure), List.of()),
                s.resultsText(), plain(s.results(), ClinicalSummaryAssembler::result),
                s.socialHistoryText(), new SocialHistoryDto(s.socialHistory() == null ? List.of()
                        : plain(s.socialHistory().observations(), ClinicalSummaryAssembler::observation), List.of(), List.of()),
                s.vitalSignsText(), plain(s.vitalSigns(), ClinicalSummaryAssembler::vitalSign),
                null, null);
    }

    private static PlanOfCareDto emptyPlan() {
        return new PlanOfCareDto(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static <T, D> List<D> merged(List<MergedEntry<T>> entries, BiFunction<T, List<ProvenanceDto>, D> map) {
        return entries.stream().map(e -> map.apply(e.entry(), e.provenance().stream().map(ClinicalSummaryAssembler::provenance).toList()))
                .toList();
    }

    private static <T, D> List<D> plain(List<T> entries, BiFunction<T, List<ProvenanceDto>, D> map) {
        return entries.stream().map(e -> map.apply(e, null)).toList();
    }

    private static ProvenanceDto provenance(Provenance p) {
        return new ProvenanceDto(p.organizationId(), p.documentId());
    }

    static HeaderDto header(Header header, Patient patient) {
        DocumentHeader d = header == null ? null : header.document();
        HeaderDto.DocumentHeaderDto document = d == null ? null : new HeaderDto.DocumentHeaderDto(
                d.author() == null ? null : new HeaderDto.AuthorDto(d.author().id(), d.author().idType(), d.author().firstName(),
                        d.author().lastName(), d.author().credentials(), d.author().device(),
                        d.author().organization() == null ? null : new ReferenceDto(d.author().organization().id(),
                                d.author().organization().name())),
                d.id(), d.locale(), d.title(), d.dateTime(), d.type() == null ? null : d.type().name(), code(d.type()),
                d.custodian() == null ? null : new ReferenceDto(d.custodian().id(), d.custodian().name()));
        return new HeaderDto(document, patient(patient));
    }

    private static PatientDto patient(Patient p) {
        if (p == null) {
            return null;
        }
        var d = p.demographics();
        DemographicsDto demographics = d == null ? null : new DemographicsDto(d.firstName(), d.middleName(), d.lastName(), d.dob(),
                d.sex(), d.address() == null ? null : new AddressDto(d.address().streetAddress(), d.address().city(),
                        d.address().state(), d.address().zip(), d.address().country()),
                d.phoneNumber() == null ? null : new PhoneNumberDto(d.phoneNumber().home(), d.phoneNumber().mobile(),
                        d.phoneNumber().office()),
                null, d.emailAddresses(), d.language(), d.race(), d.ethnicity(), null, null, null, null, null, List.of());
        return new PatientDto(p.identifiers().stream().map(i -> new IdentifierDto(i.id(), i.idType())).toList(), demographics);
    }

    static CodeDto code(Code c) {
        return c == null ? null : new CodeDto(c.code(), c.codeSystem(), c.codeSystemName(), c.name(), List.of());
    }

    private static QuantityDto quantity(Quantity q) {
        return q == null ? null : new QuantityDto(q.quantity(), q.units());
    }

    private static MedicationDto medication(Medication m, List<ProvenanceDto> p) {
        return new MedicationDto(null, null, quantity(m.dose()), null, code(m.route()), m.startDate(), m.endDate(),
                m.frequency() == null ? null : new FrequencyDto(m.frequency().period(), m.frequency().unit()), null,
                code(m.product()), m.status(), p);
    }

    private static AllergyDto allergy(Allergy a, List<ProvenanceDto> p) {
        return new AllergyDto(code(a.type()), code(a.substance()),
                a.reactions().stream().map(r -> new ReactionDto(r.code(), r.codeSystem(), r.codeSystemName(), r.name(), List.of(),
                        code(r.severity()), null)).toList(),
                code(a.severity()), null, code(a.status()), a.startDate(), a.endDate(), null, p);
    }

    private static ProblemDto problem(Problem x, List<ProvenanceDto> p) {
        Code c = x.code();
        return new ProblemDto(x.startDate(), x.endDate(), c == null ? null : c.code(), c == null ? null : c.codeSystem(),
                c == null ? null : c.codeSystemName(), c == null ? null : c.name(),
                x.altCodes().stream().map(ClinicalSummaryAssembler::code).toList(), code(x.category()), null, code(x.status()), null, p);
    }

    private static ObservationDto observation(Observation o, List<ProvenanceDto> p) {
        Code c = o.code();
        return new ObservationDto(c == null ? null : c.code(), c == null ? null : c.codeSystem(), c == null ? null : c.codeSystemName(),
                c == null ? null : c.name(), List.of(), o.status(), o.interpretationCode(), o.dateTime(), code(o.valueCode()),
                o.value(), o.valueType(), o.units(), o.referenceRange() == null ? null
                        : new ReferenceRangeDto(o.referenceRange().low(), o.referenceRange().high(), o.referenceRange().text()), p);
    }

    private static ResultDto result(Result r, List<ProvenanceDto> p) {
        Code c = r.code();
        return new ResultDto(c == null ? null : c.code(), c == null ? null : c.codeSystem(), c == null ? null : c.codeSystemName(),
                c == null ? null : c.name(), List.of(), r.status(), r.dateTime(),
                r.observations().stream().map(o -> observation(o, null)).toList(), p);
    }

    private static VitalSignDto vitalSign(VitalSign v, List<ProvenanceDto> p) {
        return new VitalSignDto(v.dateTime(), v.observations().stream().map(o -> observation(o, null)).toList(), p);
    }

    private static ImmunizationDto immunization(Immunization i, List<ProvenanceDto> p) {
        Code c = i.vaccine();
        return new ImmunizationDto(i.dateTime(), code(i.route()), c == null && i.lotNumber() == null ? null
                : new ImmunizationProductDto(null, c == null ? null : c.code(), c == null ? null : c.codeSystem(),
                        c == null ? null : c.codeSystemName(), c == null ? null : c.name(), i.lotNumber(), List.of()),
                quantity(i.dose()), p);
    }

    private static EncounterDto encounter(Encounter e, List<ProvenanceDto> p) {
        return new EncounterDto(List.of(), code(e.type()), e.dateTime(), e.endDateTime(), List.of(),
                e.location() == null ? List.of() : List.of(new LocationRefDto(null, null, e.location())),
                e.diagnosis().stream().map(ClinicalSummaryAssembler::code).toList(), List.of(), p);
    }

    private static ProcedureDto procedure(Procedure x, List<ProvenanceDto> p) {
        Code c = x.code();
        return new ProcedureDto(c == null ? null : c.code(), c == null ? null : c.codeSystem(), c == null ? null : c.codeSystemName(),
                c == null ? null : c.name(), List.of(), x.dateTime(), x.status(), code(x.targetSite()), p);
    }
}
