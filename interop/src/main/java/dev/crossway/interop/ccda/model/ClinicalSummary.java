package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A C-CDA read into Redox's ClinicalSummary shape. Header and Patient are absent when a
 * fragment (a bare section) was read; Body is present only for an unstructured document.
 * The {@code noKnown...} flags are true when every entry of the section is a negated, generic
 * one (no substance, no product, the generic "Problem" code).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ClinicalSummary(
        @JsonProperty("Header") Header header,
        @JsonProperty("Patient") Patient patient,
        @JsonProperty("Sections") List<SectionSummary> sections,
        @JsonProperty("Body") UnstructuredBody body,
        @JsonProperty("AllergyText") String allergyText,
        @JsonProperty("Allergies") List<Allergy> allergies,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonProperty("NoKnownAllergies") boolean noKnownAllergies,
        @JsonProperty("MedicationsText") String medicationsText,
        @JsonProperty("Medications") List<Medication> medications,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonProperty("NoKnownMedications") boolean noKnownMedications,
        @JsonProperty("ProblemsText") String problemsText,
        @JsonProperty("Problems") List<Problem> problems,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonProperty("NoKnownProblems") boolean noKnownProblems,
        @JsonProperty("ResultsText") String resultsText,
        @JsonProperty("Results") List<Result> results,
        @JsonProperty("VitalSignsText") String vitalSignsText,
        @JsonProperty("VitalSigns") List<VitalSign> vitalSigns,
        @JsonProperty("ImmunizationsText") String immunizationsText,
        @JsonProperty("Immunizations") List<Immunization> immunizations,
        @JsonProperty("ProceduresText") String proceduresText,
        @JsonProperty("Procedures") List<Procedure> procedures,
        @JsonProperty("EncountersText") String encountersText,
        @JsonProperty("Encounters") List<Encounter> encounters,
        @JsonProperty("SocialHistoryText") String socialHistoryText,
        @JsonProperty("SocialHistory") SocialHistory socialHistory) {

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
