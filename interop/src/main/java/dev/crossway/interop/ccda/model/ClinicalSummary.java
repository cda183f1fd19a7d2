package dev.crossway.interop.ccda.model;

import java.util.List;

/**
 * A C-CDA read into Redox's ClinicalSummary shape. Header and Patient are absent when a
 * fragment (a bare section) was read; Body is present only for an unstructured document.
 * The {@code noKnown...} flags are true when every entry of the section is a negated, generic
 * one (no substance, no product, the generic "Problem" code).
 */
public record ClinicalSummary(
        Header header,
        Patient patient,
        List<SectionSummary> sections,
        UnstructuredBody body,
        String allergyText,
        List<Allergy> allergies,
        boolean noKnownAllergies,
        String medicationsText,
        List<Medication> medications,
        boolean noKnownMedications,
        String problemsText,
        List<Problem> problems,
        boolean noKnownProblems,
        String resultsText,
        List<Result> results,
        String vitalSignsText,
        List<VitalSign> vitalSigns,
        String immunizationsText,
        List<Immunization> immunizations,
        String proceduresText,
        List<Procedure> procedures,
        String encountersText,
        List<Encounter> encounters,
        String socialHistoryText,
        SocialHistory socialHistory) {

    public ClinicalSummary {
        sections = List.copyOf(sections);
        allergies = List.copyOf(allergies);
        medications = List.copyOf(medications);
        problems = List.copyOf(problems);
        results = List.copyOf(results);
        vitalSigns = List.copyOf(vitalSigns);
        immunizations = List.copyOf(immunizations);
        procedures = List.copyOf(procedures);
        encounters = List.copyOf(encounters);
    }
}
