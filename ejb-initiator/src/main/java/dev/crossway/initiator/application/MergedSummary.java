package dev.crossway.initiator.application;

import dev.crossway.interop.ccda.model.Allergy;
import dev.crossway.interop.ccda.model.Encounter;
import dev.crossway.interop.ccda.model.Immunization;
import dev.crossway.interop.ccda.model.Header;
import dev.crossway.interop.ccda.model.Medication;
import dev.crossway.interop.ccda.model.Observation;
import dev.crossway.interop.ccda.model.Patient;
import dev.crossway.interop.ccda.model.Problem;
import dev.crossway.interop.ccda.model.Procedure;
import dev.crossway.interop.ccda.model.Result;
import dev.crossway.interop.ccda.model.VitalSign;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the network knows about a patient: every community's outcome (with its documents) and the
 * discrete data of all retrieved C-CDAs, de-duplicated by code (plus date for results and vital
 * signs), each entry keeping its provenance. {@code narratives} holds each section's human-readable
 * text (of every document, distinct texts joined); {@code document} and {@code patient} are the
 * header of the most recent document read (null until one is).
 */
public record MergedSummary(
        SummaryHeader header,
        List<SourceOutcome> sources,
        List<MergedEntry<Medication>> medications,
        List<MergedEntry<Allergy>> allergies,
        List<MergedEntry<Problem>> problems,
        List<MergedEntry<Result>> results,
        List<MergedEntry<VitalSign>> vitalSigns,
        List<MergedEntry<Immunization>> immunizations,
        List<MergedEntry<Procedure>> procedures,
        List<MergedEntry<Encounter>> encounters,
        List<MergedEntry<Observation>> socialHistory,
        Map<SummarySection, String> narratives,
        Header document,
        Patient patient) {

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
        socialHistory = socialHistory == null ? List.of() : List.copyOf(socialHistory);
        narratives = narratives == null || narratives.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(narratives));
    }

    /** The narrative of {@code section}, or null when no document had one. */
    public String narrative(SummarySection section) {
        return narratives.get(section);
    }
}
