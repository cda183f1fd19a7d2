package dev.crossway.initiator.application;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crossway.interop.ccda.model.Allergy;
import dev.crossway.interop.ccda.model.Encounter;
import dev.crossway.interop.ccda.model.Immunization;
import dev.crossway.interop.ccda.model.Medication;
import dev.crossway.interop.ccda.model.Problem;
import dev.crossway.interop.ccda.model.Procedure;
import dev.crossway.interop.ccda.model.Result;
import dev.crossway.interop.ccda.model.VitalSign;
import java.util.List;

/**
 * What the network knows about a patient: every community's outcome (with its documents) and the
 * discrete data of all retrieved C-CDAs, de-duplicated by code (plus date for results and vital
 * signs), each entry keeping its provenance. Serialises in the Redox ClinicalSummary section names.
 */
public record MergedSummary(
        @JsonProperty("Header") SummaryHeader header,
        @JsonProperty("Sources") List<SourceOutcome> sources,
        @JsonProperty("Medications") List<MergedEntry<Medication>> medications,
        @JsonProperty("Allergies") List<MergedEntry<Allergy>> allergies,
        @JsonProperty("Problems") List<MergedEntry<Problem>> problems,
        @JsonProperty("Results") List<MergedEntry<Result>> results,
        @JsonProperty("VitalSigns") List<MergedEntry<VitalSign>> vitalSigns,
        @JsonProperty("Immunizations") List<MergedEntry<Immunization>> immunizations,
        @JsonProperty("Procedures") List<MergedEntry<Procedure>> procedures,
        @JsonProperty("Encounters") List<MergedEntry<Encounter>> encounters) {

    public MergedSummary {
        sources = List.copyOf(sources);
        medications = List.copyOf(medications);
        allergies = List.copyOf(allergies);
        problems = List.copyOf(problems);
        results = List.copyOf(results);
        vitalSigns = List.copyOf(vitalSigns);
        immunizations = List.copyOf(immunizations);
        procedures = List.copyOf(procedures);
        encounters = List.copyOf(encounters);
    }
}
