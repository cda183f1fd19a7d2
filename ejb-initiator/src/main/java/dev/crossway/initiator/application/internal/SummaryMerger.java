package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.MergedEntry;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.Provenance;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.application.SummaryHeader;
import dev.crossway.initiator.application.SummarySection;
import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.ccda.model.Header;
import dev.crossway.interop.ccda.model.Patient;
import dev.crossway.interop.ccda.model.SectionSummary;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Merges the discrete data of many C-CDAs into one summary, entry by entry: the first occurrence
 * of a fact is kept as it was sent, and every document it occurs in is added to its provenance.
 * Thread-safe: documents arrive from many communities at once; {@link #snapshot} may be taken
 * at any time (a job's partial result).
 */
final class SummaryMerger {

    private final Section<dev.crossway.interop.ccda.model.Medication> medications = new Section<>(MergeKeys::medication);
    private final Section<dev.crossway.interop.ccda.model.Allergy> allergies = new Section<>(MergeKeys::allergy);
    private final Section<dev.crossway.interop.ccda.model.Problem> problems = new Section<>(MergeKeys::problem);
    private final Section<dev.crossway.interop.ccda.model.Result> results = new Section<>(MergeKeys::result);
    private final Section<dev.crossway.interop.ccda.model.VitalSign> vitalSigns = new Section<>(MergeKeys::vitalSign);
    private final Section<dev.crossway.interop.ccda.model.Immunization> immunizations = new Section<>(MergeKeys::immunization);
    private final Section<dev.crossway.interop.ccda.model.Procedure> procedures = new Section<>(MergeKeys::procedure);
    private final Section<dev.crossway.interop.ccda.model.Encounter> encounters = new Section<>(MergeKeys::encounter);
    private final Section<dev.crossway.interop.ccda.model.Observation> socialHistory = new Section<>(MergeKeys::observation);
    private final Map<SummarySection, Set<String>> narratives = new EnumMap<>(SummarySection.class);
    private Header latestHeader;
    private Patient latestPatient;
    private int documents;

    synchronized void add(String organizationId, String documentId, ClinicalSummary s) {
        Provenance p = new Provenance(organizationId, documentId);
        documents++;
        s.medications().forEach(e -> medications.add(e, p));
        s.allergies().forEach(e -> allergies.add(e, p));
        s.problems().forEach(e -> problems.add(e, p));
        s.results().forEach(e -> results.add(e, p));
        s.vitalSigns().forEach(e -> vitalSigns.add(e, p));
        s.immunizations().forEach(e -> immunizations.add(e, p));
        s.procedures().forEach(e -> procedures.add(e, p));
        s.encounters().forEach(e -> encounters.add(e, p));
        if (s.socialHistory() != null) {
            s.socialHistory().observations().forEach(e -> socialHistory.add(e, p));
        }
        narratives(s);
        if (s.header() != null && (latestHeader == null || dateOf(s.header()).compareTo(dateOf(latestHeader)) > 0)) {
            latestHeader = s.header();
            latestPatient = s.patient();
        }
    }

    private void narratives(ClinicalSummary s) {
        text(SummarySection.ALLERGIES, s.allergyText());
        text(SummarySection.MEDICATIONS, s.medicationsText());
        text(SummarySection.PROBLEMS, s.problemsText());
        text(SummarySection.RESULTS, s.resultsText());
        text(SummarySection.VITAL_SIGNS, s.vitalSignsText());
        text(SummarySection.IMMUNIZATIONS, s.immunizationsText());
        text(SummarySection.PROCEDURES, s.proceduresText());
        text(SummarySection.ENCOUNTERS, s.encountersText());
        text(SummarySection.SOCIAL_HISTORY, s.socialHistoryText());
        for (SectionSummary section : s.sections()) {
            if (section.text() != null && section.code() != null) {
                SummarySection.byLoinc(section.code().code()).ifPresent(kind -> text(kind, section.text()));
            }
        }
    }

    private void text(SummarySection section, String text) {
        if (text != null && !text.isBlank()) {
            narratives.computeIfAbsent(section, k -> new LinkedHashSet<>()).add(text.strip());
        }
    }

    private static String dateOf(Header h) {
        return h.document() == null || h.document().dateTime() == null ? "" : h.document().dateTime();
    }

    synchronized MergedSummary snapshot(List<SourceOutcome> sources, int documentsFound, boolean complete, Instant at) {
        long communities = sources.stream().filter(o -> !SourceOutcome.SKIPPED.equals(o.status())).count();
        return new MergedSummary(new SummaryHeader(at, (int) communities, documentsFound, documents, complete), sources,
                medications.entries(), allergies.entries(), problems.entries(), results.entries(), vitalSigns.entries(),
                immunizations.entries(), procedures.entries(), encounters.entries(), socialHistory.entries(), joinedNarratives(),
                latestHeader, latestPatient);
    }

    private Map<SummarySection, String> joinedNarratives() {
        Map<SummarySection, String> joined = new EnumMap<>(SummarySection.class);
        narratives.forEach((section, texts) -> joined.put(section, String.join("\n\n", texts)));
        return joined;
    }

    /** One section's entries by merge key, in order of first occurrence. */
    private static final class Section<T> {
        private final Function<T, String> key;
        private final Map<Object, T> entries = new LinkedHashMap<>();
        private final Map<Object, List<Provenance>> provenance = new LinkedHashMap<>();

        Section(Function<T, String> key) {
            this.key = key;
        }

        void add(T entry, Provenance p) {
            String k = key.apply(entry);
            Object slot = k == null ? new Object() : k;
            entries.putIfAbsent(slot, entry);
            List<Provenance> list = provenance.computeIfAbsent(slot, x -> new ArrayList<>());
            if (!list.contains(p)) {
                list.add(p);
            }
        }

        List<MergedEntry<T>> entries() {
            List<MergedEntry<T>> out = new ArrayList<>(entries.size());
            entries.forEach((k, e) -> out.add(new MergedEntry<>(e, provenance.get(k))));
            return out;
        }
    }
}
